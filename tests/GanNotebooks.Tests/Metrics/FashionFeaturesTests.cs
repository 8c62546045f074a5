using System.Security.Cryptography;
using GanNotebooks.Cli;
using GanNotebooks.Data;
using GanNotebooks.Metrics.Fashion;
using GanNotebooks.Tests.Data;

namespace GanNotebooks.Tests.Metrics;

public sealed class FashionFeaturesTests
{
    // NOTE: measured 0.9315 on these 2,000 test images when the shipped weights were trained
    // (see data/README.md); the margin absorbs libtorch builds that round differently.
    private const double MeasuredAccuracy = 0.9315;

    [Fact]
    public void The_shipped_weights_pass_their_checksum_and_classify_the_test_images()
    {
        string path = FashionFeatures.DefaultWeightsPath;
        string hash;
        using (var file = File.OpenRead(path)) hash = Convert.ToHexStringLower(SHA256.HashData(file));
        Assert.Equal(FashionFeatures.WeightsSha256, hash);
        string readme = File.ReadAllText(Path.Combine(RepositoryLayout.FindRoot(), "data", "README.md"));
        Assert.Contains(hash, readme);

        using var features = FashionFeatures.Load();
        using var test = FashionMnist.Load(DatasetSplit.Test);
        using var subset = test.Take(2000);
        double accuracy = ClassifierTraining.Accuracy(features.Network, subset);

        Assert.InRange(accuracy, Math.Max(0.92, MeasuredAccuracy - 0.005), 1);
    }

    [Fact]
    public void Features_and_probabilities_have_the_documented_shapes()
    {
        using var features = FashionFeatures.Load();
        using var test = FashionMnist.Load(DatasetSplit.Test);
        using var images = test.Images.narrow(0, 0, 7);

        using var vectors = features.Features(images);
        using var probabilities = features.ClassProbabilities(images);

        Assert.Equal([7L, 128L], vectors.shape);
        Assert.Equal([7L, 10L], probabilities.shape);
        using var sums = probabilities.sum(1);
        Assert.All(sums.data<float>().ToArray(), s => Assert.Equal(1, s, 1e-5));
    }

    [Fact]
    public void A_damaged_copy_of_the_weights_is_refused()
    {
        using var folder = new TempFolder();
        string copy = folder.File("weights.bin");
        File.WriteAllBytes(copy, File.ReadAllBytes(FashionFeatures.DefaultWeightsPath)[..1000]);

        var error = Assert.Throws<DataFileException>(() => FashionFeatures.Load(copy));

        Assert.Contains("not weights of the Fashion-MNIST classifier", error.Message);
    }
}
