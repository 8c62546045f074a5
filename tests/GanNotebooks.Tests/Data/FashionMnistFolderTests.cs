using GanNotebooks.Data;

namespace GanNotebooks.Tests.Data;

public sealed class FashionMnistFolderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void WalksUpFromAStartDirectory()
    {
        string data = Directory.CreateDirectory(temp.File("repo/data/fashion-mnist")).FullName;
        string deep = Directory.CreateDirectory(temp.File("repo/artifacts/bin/tests")).FullName;

        Assert.Equal(data, FashionMnist.LocateFolder(null, [temp.Path, deep]));
    }

    [Fact]
    public void OverrideNamesAFolderHoldingFashionMnist()
    {
        string data = Directory.CreateDirectory(temp.File("elsewhere/fashion-mnist")).FullName;

        Assert.Equal(data, FashionMnist.LocateFolder(temp.File("elsewhere"), []));
    }

    [Fact]
    public void OverrideNamesTheFolderItself()
    {
        string mnist = Directory.CreateDirectory(temp.File("mnist")).FullName;

        Assert.Equal(mnist, FashionMnist.LocateFolder(mnist, [Environment.CurrentDirectory]));
    }

    [Fact]
    public void MissingOverrideIsAnErrorNotASilentFallback()
    {
        string missing = temp.File("typo");

        var error = Assert.Throws<DataFileException>(
            () => FashionMnist.LocateFolder(missing, [Environment.CurrentDirectory]));

        Assert.Contains(FashionMnist.EnvironmentVariable, error.Message);
        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void NotFoundSaysWhereTheSearchLooked()
    {
        string start = Directory.CreateDirectory(temp.File("a/b")).FullName;

        var error = Assert.Throws<DataFileException>(() => FashionMnist.LocateFolder(" ", [start]));

        Assert.Contains($"'{start}'", error.Message);
        Assert.Contains(FashionMnist.RelativeFolder, error.Message);
        Assert.Contains(FashionMnist.EnvironmentVariable, error.Message);
    }
}
