using GanNotebooks.Data;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Data;

public sealed class FashionMnistTests(FashionMnistFixture data)
    : IClassFixture<FashionMnistFixture>
{
    [Fact]
    public void TrainSplitHas60000ImagesWith6000PerClass()
    {
        Assert.Equal(60000, data.Train.Count);
        Assert.Equal([60000L, 1, 28, 28], data.Train.Images.shape);
        Assert.Equal(ScalarType.Float32, data.Train.Images.dtype);
        Assert.Equal([60000L], data.Train.Labels.shape);
        Assert.Equal(ScalarType.Int64, data.Train.Labels.dtype);
        AssertValuesAndLabels(data.Train, perClass: 6000);
    }

    [Fact]
    public void TestSplitHas10000ImagesWith1000PerClass()
    {
        Assert.Equal(10000, data.Test.Count);
        Assert.Equal([10000L, 1, 28, 28], data.Test.Images.shape);
        AssertValuesAndLabels(data.Test, perClass: 1000);
    }

    [Fact]
    public void DefaultFolderIsTheRepositorysDataFolder()
    {
        string folder = FashionMnist.DefaultFolder;

        Assert.EndsWith(FashionMnist.RelativeFolder, folder);
        Assert.True(File.Exists(Path.Combine(folder, "train-images-idx3-ubyte.gz")));
    }

    [Fact]
    public void ClassNamesFollowTheLabels()
    {
        Assert.Equal(10, FashionMnist.ClassNames.Count);
        Assert.Equal("T-shirt/top", FashionMnist.ClassNames[0]);
        Assert.Equal("Sneaker", FashionMnist.ClassNames[7]);
        Assert.Equal("Ankle boot", FashionMnist.ClassNames[9]);
    }

    private static void AssertValuesAndLabels(ImageDataset dataset, int perClass)
    {
        Assert.Equal(-1f, dataset.Images.min().item<float>());
        Assert.Equal(1f, dataset.Images.max().item<float>());

        using Tensor counts = dataset.Labels.bincount(null, 10);
        Assert.Equal(Enumerable.Repeat((long)perClass, 10), counts.data<long>().ToArray());
    }
}
