using GanNotebooks.Data;

namespace GanNotebooks.Tests.Data;

public sealed class IdxReaderTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("images.gz")]
    [InlineData("images")]
    public void ReadsGzippedAndRawImagesAlike(string name)
    {
        string path = IdxTestFiles.Write(temp.File(name), IdxTestFiles.Images(3));

        byte[] pixels = IdxReader.ReadImages(path);

        Assert.Equal(3 * 784, pixels.Length);
        Assert.Equal(IdxTestFiles.Pixel(2, 100), pixels[2 * 784 + 100]);
    }

    [Fact]
    public void ReadsLabels()
    {
        string path = IdxTestFiles.Write(temp.File("labels.gz"), IdxTestFiles.Labels([3, 0, 9]));

        Assert.Equal([3, 0, 9], IdxReader.ReadLabels(path));
    }

    [Fact]
    public void TruncatedImagesFileSaysHowManyBytesWereExpectedAndFound()
    {
        byte[] whole = IdxTestFiles.Images(5);
        string path = IdxTestFiles.Write(temp.File("images.gz"), whole[..^100]);

        var error = Assert.Throws<DataFileException>(() => IdxReader.ReadImages(path));

        Assert.Equal(path, error.FilePath);
        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
        int expected = 16 + 5 * 784;
        Assert.Contains($"expected {expected} bytes, found {expected - 100}", error.Message);
    }

    [Fact]
    public void GzipFileCutShortIsReportedAsTruncated()
    {
        string path = IdxTestFiles.Write(temp.File("images.gz"), IdxTestFiles.Images(50));
        byte[] whole = File.ReadAllBytes(path);
        File.WriteAllBytes(path, whole[..(whole.Length / 2)]);

        var error = Assert.Throws<DataFileException>(() => IdxReader.ReadImages(path));

        Assert.Contains(path, error.Message);
        Assert.Contains($"truncated: its header promises 50 images of 28x28", error.Message);
        Assert.Contains($"expected {16 + 50 * 784} bytes, found", error.Message);
    }

    [Fact]
    public void TruncatedHeaderIsReported()
    {
        string path = IdxTestFiles.Write(temp.File("images"), [0, 0, 8, 3, 0, 0]);

        var error = Assert.Throws<DataFileException>(() => IdxReader.ReadImages(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("header of 16 bytes, found 6", error.Message);
    }

    [Fact]
    public void TrailingBytesAreAnError()
    {
        byte[] content = [.. IdxTestFiles.Images(2), 1, 2, 3];
        string path = IdxTestFiles.Write(temp.File("images.gz"), content);

        var error = Assert.Throws<DataFileException>(() => IdxReader.ReadImages(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("3 bytes of trailing data", error.Message);
        int expected = 16 + 2 * 784;
        Assert.Contains($"expected {expected} bytes, found {expected + 3}", error.Message);
    }

    [Fact]
    public void WrongMagicNumberIsNamed()
    {
        string path = IdxTestFiles.Write(temp.File("t10k-images-idx3-ubyte.gz"),
            IdxTestFiles.Images(2, magic: 0x00000D03));

        var error = Assert.Throws<DataFileException>(() => IdxReader.ReadImages(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("magic number 0x00000D03; expected 0x00000803", error.Message);
    }

    [Fact]
    public void LabelsFileReadAsImagesIsRecognised()
    {
        string path = IdxTestFiles.Write(temp.File("labels"), IdxTestFiles.Labels([1, 2]));

        var error = Assert.Throws<DataFileException>(() => IdxReader.ReadImages(path));

        Assert.Contains("magic number 0x00000801; expected 0x00000803", error.Message);
        Assert.Contains("looks like a labels file", error.Message);
    }

    [Fact]
    public void ImagesOtherThan28x28AreRejected()
    {
        string path = IdxTestFiles.Write(temp.File("images.gz"), IdxTestFiles.Images(2, 32, 32));

        var error = Assert.Throws<DataFileException>(() => IdxReader.ReadImages(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("32x32 pixels; expected 28x28", error.Message);
    }

    [Fact]
    public void LabelOutsideZeroToNineIsRejected()
    {
        string path = IdxTestFiles.Write(temp.File("labels.gz"),
            IdxTestFiles.Labels([0, 1, 2, 10, 4]));

        var error = Assert.Throws<DataFileException>(() => IdxReader.ReadLabels(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("label 10 at index 3; expected labels 0 to 9", error.Message);
    }

    [Fact]
    public void GarbageUnderAGzipNameIsReported()
    {
        string path = temp.File("train-images-idx3-ubyte.gz");
        File.WriteAllText(path, "this is not a gzip stream, only some text in its place");

        var error = Assert.Throws<DataFileException>(() => IdxReader.ReadImages(path));

        Assert.Equal(path, error.FilePath);
        Assert.Contains(path, error.Message);
        Assert.Contains("not a valid gzip stream", error.Message);
        Assert.IsType<InvalidDataException>(error.InnerException);
    }

    [Fact]
    public void MissingFileNamesThePathAndWhereToGetData()
    {
        string path = temp.File("nowhere-images-idx3-ubyte.gz");

        var error = Assert.Throws<DataFileException>(() => IdxReader.ReadImages(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("not found", error.Message);
        Assert.Contains("data/README.md", error.Message);
    }
}
