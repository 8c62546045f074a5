using GanNotebooks.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Data;

public sealed class ImageDatasetTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FolderOfIdxFilesLoadsGzippedOrNot(bool gzip)
    {
        IdxTestFiles.WriteSplit(temp.Path, DatasetSplit.Test, 12, gzip);

        using ImageDataset dataset = ImageDataset.Load(temp.Path, DatasetSplit.Test);

        Assert.Equal(12, dataset.Count);
        Assert.Equal([12L, 1, 28, 28], dataset.Images.shape);
        Assert.Equal(ScalarType.Float32, dataset.Images.dtype);
        Assert.Equal([12L], dataset.Labels.shape);
        Assert.Equal(ScalarType.Int64, dataset.Labels.dtype);
        Assert.Equal(11 % 10, dataset.Labels[11].item<long>());
        float expected = IdxTestFiles.Pixel(5, 28 * 3 + 4) / 127.5f - 1f;
        Assert.Equal(expected, dataset.Images[5, 0, 3, 4].item<float>(), 6);
    }

    [Fact]
    public void BytesScaleToExactlyMinusOneAndOne()
    {
        byte[] pixels = new byte[2 * 784];
        pixels.AsSpan(784).Fill(255);

        using ImageDataset dataset = ImageDataset.FromBytes(pixels, [0, 1]);

        Assert.Equal(-1f, dataset.Images[0].max().item<float>());
        Assert.Equal(1f, dataset.Images[1].min().item<float>());
    }

    [Fact]
    public void LabelsCountNotMatchingImagesNamesBothFiles()
    {
        string images = IdxTestFiles.Write(temp.File("train-images-idx3-ubyte.gz"),
            IdxTestFiles.Images(5));
        string labels = IdxTestFiles.Write(temp.File("train-labels-idx1-ubyte.gz"),
            IdxTestFiles.Labels(IdxTestFiles.CyclingLabels(4)));

        var error = Assert.Throws<DataFileException>(
            () => ImageDataset.Load(temp.Path, DatasetSplit.Train));

        Assert.Equal(labels, error.FilePath);
        Assert.Contains($"'{labels}' holds 4 labels; expected one per image, 5", error.Message);
        Assert.Contains(images, error.Message);
    }

    [Fact]
    public void MissingFileNamesTheExpectedPathAndHowToGetTheData()
    {
        IdxTestFiles.Write(temp.File("train-labels-idx1-ubyte.gz"), IdxTestFiles.Labels([1]));

        var error = Assert.Throws<DataFileException>(
            () => ImageDataset.Load(temp.Path, DatasetSplit.Train));

        Assert.Contains(temp.File("train-images-idx3-ubyte.gz"), error.Message);
        Assert.Contains("not found", error.Message);
        Assert.Contains("apt-get install dataset-fashion-mnist", error.Message);
    }

    [Fact]
    public void MissingFolderIsNamed()
    {
        string folder = temp.File("absent");

        var error = Assert.Throws<DataFileException>(
            () => ImageDataset.Load(folder, DatasetSplit.Train));

        Assert.Contains($"'{folder}' not found", error.Message);
    }

    [Fact]
    public void TakeKeepsTheFirstImagesAsAnIndependentCopy()
    {
        IdxTestFiles.WriteSplit(temp.Path, DatasetSplit.Train, 20, gzip: true);
        using ImageDataset full = ImageDataset.Load(temp.Path, DatasetSplit.Train);
        using Tensor firstSeven = full.Images.narrow(0, 0, 7).clone();

        ImageDataset subset = full.Take(7);
        full.Dispose();

        using (subset)
        {
            Assert.Equal(7, subset.Count);
            TensorAssert.Identical(firstSeven, subset.Images);
            Assert.Equal(6, subset.Labels[6].item<long>());
            Assert.StartsWith("first 7 of", subset.Source);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void TakeOutsideTheDatasetSaysWhatWasExpected(int count)
    {
        IdxTestFiles.WriteSplit(temp.Path, DatasetSplit.Train, 20, gzip: false);
        using ImageDataset dataset = ImageDataset.Load(temp.Path, DatasetSplit.Train);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => dataset.Take(count));

        Assert.Contains($"Expected a count from 1 to 20", error.Message);
    }

    [Fact]
    public void DatasetOutlivesADisposeScopeItWasLoadedIn()
    {
        IdxTestFiles.WriteSplit(temp.Path, DatasetSplit.Train, 3, gzip: false);
        ImageDataset dataset;
        using (DisposeScope scope = NewDisposeScope())
        {
            dataset = ImageDataset.Load(temp.Path, DatasetSplit.Train);
        }

        using (dataset)
        {
            Assert.False(dataset.Images.IsInvalid);
            Assert.Equal(3, dataset.Images.shape[0]);
        }
    }

    [Fact]
    public void FromBytesRejectsPixelsThatDoNotMatchTheLabels()
    {
        var error = Assert.Throws<ArgumentException>(
            () => ImageDataset.FromBytes(new byte[784 + 1], [1]));

        Assert.Contains("Expected 784 pixel bytes", error.Message);
        Assert.Contains("found 785", error.Message);
    }
}
