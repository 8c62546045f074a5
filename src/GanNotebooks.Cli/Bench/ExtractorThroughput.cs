using System.Diagnostics;
using GanNotebooks.Data;
using GanNotebooks.Metrics;
using GanNotebooks.Metrics.Fashion;
using GanNotebooks.Metrics.Inception;
using GanNotebooks.Metrics.ResNet18;
using static TorchSharp.torch;

namespace GanNotebooks.Cli.Bench;

/// <summary>Images per second through each feature extractor, on Fashion-MNIST test images.</summary>
public static class ExtractorThroughput
{
    /// <summary>Times the three extractors; each gets a warm-up batch first.</summary>
    /// <param name="report">Receives one result per extractor.</param>
    public static void Measure(Action<BenchResult> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var test = FashionMnist.Load(DatasetSplit.Test);

        using (var fashion = FashionFeatures.Load())
        {
            report(Time(fashion, test, 5_000, "shipped weights"));
        }
        using (var resnet = new ResNet18Features())
        {
            report(Time(resnet, test, 64, "ONNX Runtime, 224x224, batch dimension 1"));
        }
        // NOTE: the FID Inception weights are not shipped; random weights cost the same arithmetic.
        using (var inception = new InceptionFeatures(new FidInceptionV3()))
        {
            report(Time(inception, test, 32, "random weights, 299x299, batch 16"));
        }
    }

    private static BenchResult Time(IFeatureExtractor extractor, ImageDataset test, int count, string note)
    {
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        extractor.Features(test.Images[..Math.Min(count, 16)]);

        var images = test.Images[..count];
        var clock = Stopwatch.StartNew();
        extractor.Features(images);
        double rate = count / clock.Elapsed.TotalSeconds;
        return new BenchResult($"features, {extractor.Name} extractor", rate, "images/s",
            FormattableString.Invariant($"{count:N0} images; {note}"));
    }
}
