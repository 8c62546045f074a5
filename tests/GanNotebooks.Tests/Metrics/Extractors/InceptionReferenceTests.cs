using System.Diagnostics;
using GanNotebooks.Data;
using GanNotebooks.Metrics.Inception;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Metrics.Extractors;

/// <summary>
/// The port against tests/reference/fid_inception_reference.py (torch 1.13 and torchvision 0.14
/// with the FID block changes), both running the same synthetic weights on the same images.
/// </summary>
public sealed class InceptionReferenceTests(ITestOutputHelper output)
{
    private const float Tolerance = 1e-4f;

    [Fact]
    public void StateDictKeysAndShapesMatchThePythonModel()
    {
        var fixture = ReferenceFixture.Load();
        using var network = new FidInceptionV3();

        var expected = fixture.Keys.Select(k => $"{k.Key} [{string.Join(",", k.Shape)}]").Order();
        var actual = network.state_dict()
            .Select(k => $"{k.Key} [{string.Join(",", k.Value.shape)}]").Order();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void EveryStageMatchesThePythonReference()
    {
        var fixture = ReferenceFixture.Load();
        using var network = new FidInceptionV3();
        SyntheticWeights.Fill(network);
        network.eval();

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var images = tensor(fixture.Images).reshape(4, 1, 28, 28);
        var resized = InceptionFeatures.Preprocess(images);
        var stages = new[] { ("resized", resized) }.Concat(network.Stages(resized)).ToList();

        Assert.Equal(fixture.StageNames, stages.Select(s => s.Item1));
        float worst = 0;
        foreach (var (name, value) in stages)
        {
            var (shape, means, first) = fixture.Stage(name);
            Assert.Equal(shape, value.shape);

            var ownMeans = value.dim() == 4 ? value.mean([2, 3]) : value;
            float meanDiff = MaxAbsDifference(means, ownMeans);
            float firstDiff = MaxAbsDifference(first, value.reshape(4, -1).narrow(1, 0, 64));
            output.WriteLine($"{name,-14} {string.Join("x", shape),-16} max |diff| means "
                + $"{meanDiff:E2}, first values {firstDiff:E2}");
            Assert.True(meanDiff <= Tolerance && firstDiff <= Tolerance,
                $"Stage {name}: expected differences <= {Tolerance}, found {meanDiff}, {firstDiff}.");
            worst = Math.Max(worst, Math.Max(meanDiff, firstDiff));
        }
        output.WriteLine($"worst stage difference {worst:E2}");
    }

    [Fact]
    public void ExtractorFeaturesMatchThePythonReferenceAcrossBatches()
    {
        var fixture = ReferenceFixture.Load();
        var network = new FidInceptionV3();
        SyntheticWeights.Fill(network);
        using var extractor = new InceptionFeatures(network, batchSize: 3);

        using var images = tensor(fixture.Images).reshape(4, 1, 28, 28);
        using var features = extractor.Features(images);

        Assert.Equal(new long[] { 4, 2048 }, features.shape);
        Assert.Equal(ScalarType.Float32, features.dtype);
        float diff = MaxAbsDifference(fixture.Features, features);
        float scale = fixture.Features.Max(Math.Abs);
        output.WriteLine($"features: max |diff| {diff:E2} (largest feature {scale:F3})");
        Assert.True(diff <= Tolerance, $"Expected features within {Tolerance}, found {diff}.");
    }

    [Fact]
    public void ScoreProbabilitiesMatchThePythonReference()
    {
        var fixture = ReferenceFixture.Load();
        var network = new FidInceptionV3();
        SyntheticWeights.Fill(network);
        using var extractor = new InceptionFeatures(network, batchSize: 3);
        using var images = tensor(fixture.Images).reshape(4, 1, 28, 28);

        using var probabilities = extractor.ClassProbabilities(images);

        Assert.Equal(new long[] { 4, FidInceptionV3.ClassCount }, probabilities.shape);
        Assert.Equal(FidInceptionV3.ClassCount, extractor.ClassCount);
        using var rowSums = probabilities.sum(1);
        using var ones = ones_like(rowSums);
        Assert.True(rowSums.allclose(ones, rtol: 0, atol: 1e-5), "Expected rows summing to 1.");
        // Synthetic weights give nearly flat probabilities (about 1/1008 each), so the check is
        // on their logarithms: a relative agreement, not an absolute one that 0 would also pass.
        using var reference = tensor(fixture.Probabilities).reshape(4, -1);
        using var gap = (reference.log() - probabilities.log()).abs().max();
        using var spread = probabilities.log().max(1).values - probabilities.log().min(1).values;
        output.WriteLine($"probabilities: max |diff of logs| {gap.item<float>():E2}, "
            + $"log range per row {spread.min().item<float>():F2} or more");
        Assert.True(gap.item<float>() <= Tolerance, $"Expected logs within {Tolerance}, found {gap.item<float>()}.");
        Assert.True(spread.min().item<float>() > 1, "Expected probabilities that differ between classes.");
    }

    [Fact]
    public void ScoreLogitsLeaveTheClassifierBiasOut()
    {
        using var network = new FidInceptionV3();
        SyntheticWeights.Fill(network);
        using var features = rand(3, FidInceptionV3.FeatureSize);

        using var withBias = network.Logits(features);
        using var withoutBias = network.ScoreLogits(features);

        var bias = network.state_dict()["fc.bias"];
        Assert.True((withBias - withoutBias).allclose(bias.expand(3, -1), rtol: 0, atol: 1e-4),
            "Expected the two logits to differ by exactly the classifier's bias.");
        Assert.True(bias.abs().max().item<float>() > 1e-3f, "Expected a nonzero synthetic bias.");
        Assert.Throws<ArgumentException>(() => network.ScoreLogits(zeros(3, 512)));
    }

    [Fact]
    public void DifferentImagesGiveDifferentFeatures()
    {
        var fixture = ReferenceFixture.Load();
        var network = new FidInceptionV3();
        SyntheticWeights.Fill(network);
        using var extractor = new InceptionFeatures(network);
        using var images = tensor(fixture.Images).reshape(4, 1, 28, 28);

        using var features = extractor.Features(images);

        using var gap = (features[0] - features[1]).abs().max();
        Assert.True(
            gap.item<float>() > 1e-2f, $"Expected distinct features, found gap {gap.item<float>()}.");
        Assert.True(features.isfinite().all().item<bool>(), "Expected finite features.");
    }

    [Fact]
    public void LoadingAFileOfAnotherModelNamesTheFirstMismatch()
    {
        var path = ReferenceFixture.PathOf("tiny-zip.pth");

        var error = Assert.Throws<DataFileException>(() => InceptionFeatures.Load(path));

        Assert.StartsWith(path, error.Message);
        Assert.Contains("the file has key 'conv.weight', which the model does not have", error.Message);
    }

    [Fact]
    public void ThroughputIsReported()
    {
        var network = new FidInceptionV3();
        SyntheticWeights.Fill(network);
        using var extractor = new InceptionFeatures(network);
        using var images = rand(16, 1, 28, 28) * 2 - 1;
        using var warmUp = extractor.Features(images.narrow(0, 0, 2));

        var watch = Stopwatch.StartNew();
        using var features = extractor.Features(images);
        watch.Stop();

        // NOTE: no timing assertion; the machine is shared, the figure is indicative.
        output.WriteLine($"Inception: 16 images in {watch.ElapsedMilliseconds} ms, "
            + $"{16 / watch.Elapsed.TotalSeconds:F1} images/s, {get_num_threads()} threads");
        Assert.Equal(new long[] { 16, 2048 }, features.shape);
    }

    [Fact]
    public void WrongImageShapeIsRejected()
    {
        using var network = new FidInceptionV3();
        using var extractor = new InceptionFeatures(network);
        using var images = zeros(2, 3, 28, 28);

        var error = Assert.Throws<ArgumentException>(() => extractor.Features(images));

        Assert.Contains("[2, 3, 28, 28]", error.Message);
    }

    private static float MaxAbsDifference(float[] expected, Tensor actual)
    {
        using var reference = tensor(expected).reshape(actual.shape);
        using var diff = (reference - actual).abs().max();
        return diff.item<float>();
    }
}
