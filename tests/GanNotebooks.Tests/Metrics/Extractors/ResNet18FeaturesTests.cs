using System.Diagnostics;
using GanNotebooks.Data;
using GanNotebooks.Metrics.ResNet18;
using GanNotebooks.Tests.Data;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Metrics.Extractors;

/// <summary>The ONNX ResNet-18 of the NuGet package, on a few 28x28 images.</summary>
public sealed class ResNet18FeaturesTests(ITestOutputHelper output)
{
    [Fact]
    public void FeaturesAreFiniteDeterministicAndShaped()
    {
        using var extractor = new ResNet18Features();
        using var images = ReferenceImages();

        using var first = extractor.Features(images);
        using var second = extractor.Features(images);

        Assert.Equal(new long[] { 4, 512 }, first.shape);
        Assert.Equal(ScalarType.Float32, first.dtype);
        Assert.True(first.isfinite().all().item<bool>(), "Expected finite features.");
        Assert.True(first.equal(second).all().item<bool>(), "Expected the same features twice.");
        Assert.True(first.abs().sum().item<float>() > 0, "Expected features that are not all zero.");
    }

    [Fact]
    public void DifferentImagesGiveDifferentFeatures()
    {
        using var extractor = new ResNet18Features();
        using var images = ReferenceImages();
        using var blank = full(1, 1, 28, 28, -1f);

        using var features = extractor.Features(images);
        using var blankFeatures = extractor.Features(blank);

        using var pairGap = (features[0] - features[1]).abs().max();
        using var blankGap = (features[0] - blankFeatures[0]).abs().max();
        Assert.True(pairGap.item<float>() > 1e-3f, $"Expected distinct, found {pairGap.item<float>()}.");
        Assert.True(blankGap.item<float>() > 1e-3f, $"Expected distinct, found {blankGap.item<float>()}.");
    }

    [Fact]
    public void EachImageGetsTheFeaturesItGetsAlone()
    {
        using var extractor = new ResNet18Features();
        using var images = ReferenceImages();

        using var batch = extractor.Features(images);
        using var third = extractor.Features(images.narrow(0, 2, 1));

        using var gap = (batch[2] - third[0]).abs().max();
        Assert.True(gap.item<float>() == 0f, $"Expected identical features, found {gap.item<float>()}.");
    }

    [Fact]
    public void AFolderWithoutTheModelGivesAClearError()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<DataFileException>(() => ResNet18Files.Find(folder.Path));

        Assert.Contains("ResNet18.onnx and ResNetPreprocess.onnx", error.Message);
        Assert.Contains(folder.Path, error.Message);
    }

    [Fact]
    public void WrongImagesAreRejected()
    {
        using var extractor = new ResNet18Features();
        using var images = zeros(2, 1, 32, 32);

        var error = Assert.Throws<ArgumentException>(() => extractor.Features(images));

        Assert.Contains("[2, 1, 32, 32]", error.Message);
    }

    [Fact]
    public void ThroughputIsReported()
    {
        using var extractor = new ResNet18Features();
        using var images = rand(32, 1, 28, 28) * 2 - 1;
        using var warmUp = extractor.Features(images.narrow(0, 0, 2));

        var watch = Stopwatch.StartNew();
        using var features = extractor.Features(images);
        watch.Stop();

        // NOTE: no timing assertion; the machine is shared, the figure is indicative.
        output.WriteLine($"ResNet-18: 32 images in {watch.ElapsedMilliseconds} ms, "
            + $"{32 / watch.Elapsed.TotalSeconds:F1} images/s");
        Assert.Equal(new long[] { 32, 512 }, features.shape);
    }

    private static Tensor ReferenceImages() =>
        tensor(ReferenceFixture.Load().Images).reshape(4, 1, 28, 28);
}
