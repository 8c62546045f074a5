using System.IO.Compression;
using System.Security.Cryptography;
using GanNotebooks.Data;

namespace GanNotebooks.Tests.Data;

public sealed class FashionMnistChecksumTests : IDisposable
{
    private const string Images = "t10k-images-idx3-ubyte";
    private const string Labels = "t10k-labels-idx1-ubyte";

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void AFlippedByteFailsTheChecksumNamingFileAndBothHashes()
    {
        CopyShipped(Images + ".gz");
        string labels = CopyShipped(Labels + ".gz");
        byte[] bytes = File.ReadAllBytes(labels);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(labels, bytes);
        string actual = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var error = Assert.Throws<DataFileException>(
            () => FashionMnist.Load(DatasetSplit.Test, temp.Path));

        Assert.Equal(labels, error.FilePath);
        Assert.Contains(labels, error.Message);
        Assert.Contains("failed its SHA-256 check", error.Message);
        Assert.Contains($"expected {FashionMnist.Sha256[Labels + ".gz"]}", error.Message);
        Assert.Contains($"found {actual}", error.Message);
    }

    [Fact]
    public void UncompressedCopyLoadsByPathButHasNoShippedChecksum()
    {
        Decompress(Images);
        Decompress(Labels);

        using (ImageDataset dataset = ImageDataset.Load(temp.Path, DatasetSplit.Test))
        {
            Assert.Equal(10000, dataset.Count);
        }

        var error = Assert.Throws<DataFileException>(
            () => FashionMnist.Load(DatasetSplit.Test, temp.Path));
        Assert.Contains(temp.File(Images), error.Message);
        Assert.Contains("has no expected SHA-256", error.Message);
    }

    private string CopyShipped(string name)
    {
        string target = temp.File(name);
        File.Copy(Path.Combine(FashionMnist.DefaultFolder, name), target);
        return target;
    }

    private void Decompress(string name)
    {
        string shipped = Path.Combine(FashionMnist.DefaultFolder, name + ".gz");
        using FileStream source = File.OpenRead(shipped);
        using var gzip = new GZipStream(source, CompressionMode.Decompress);
        using FileStream target = File.Create(temp.File(name));
        gzip.CopyTo(target);
    }
}
