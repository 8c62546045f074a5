using GanNotebooks.Data;
using GanNotebooks.Models;
using GanNotebooks.Training;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Training;

public sealed class RealDataTrainingTests
{
    [Fact]
    public void Three_hundred_discriminator_updates_on_fashion_mnist_lift_its_accuracy()
    {
        using var train = FashionMnist.Load(DatasetSplit.Train);
        using var test = FashionMnist.Load(DatasetSplit.Test);
        using var gan = new Gan(GanOptions.Classic with { Model = new ModelOptions(Width: 0.25), Seed = 3 });
        var sampler = new MiniBatchSampler(train, batchSize: 32, seed: 3);
        using var held = test.Take(512);

        var before = gan.EvaluateDiscriminator(held.Images);
        foreach (var batch in sampler.Epoch(0).Take(300))
        {
            using (batch) gan.UpdateDiscriminator(batch.Images);
        }
        var after = gan.EvaluateDiscriminator(held.Images);

        // Untrained it guesses; against a fixed untrained generator it learns to tell them apart.
        Assert.InRange(before.Accuracy, 0.3, 0.7);
        Assert.True(after.Accuracy > 0.95, $"accuracy {before.Accuracy:F3} -> {after.Accuracy:F3}");
        Assert.True(after.Loss < before.Loss / 4, $"loss {before.Loss:F3} -> {after.Loss:F3}");
    }

    [Fact]
    public void Adversarial_steps_on_fashion_mnist_keep_every_metric_finite_and_in_range()
    {
        using var train = FashionMnist.Load(DatasetSplit.Train);
        using var gan = new Gan(GanOptions.Classic with { Model = new ModelOptions(Width: 0.25), Seed = 4 });
        var sampler = new MiniBatchSampler(train, batchSize: 32, seed: 4);

        var history = new List<StepMetrics>();
        foreach (var batch in sampler.Epoch(0).Take(100))
        {
            using (batch) history.Add(gan.Step(batch.Images));
        }

        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), history.Select(m => m.Step));
        Assert.All(history, m => Assert.True(double.IsFinite(m.LossDiscriminator) && double.IsFinite(m.LossGenerator)));
        // The discriminator pulls ahead early: its real-image score rises above its fake score.
        var late = history.Skip(50).ToList();
        Assert.True(late.Average(m => m.MeanRealScore) > late.Average(m => m.MeanFakeScore));
    }
}
