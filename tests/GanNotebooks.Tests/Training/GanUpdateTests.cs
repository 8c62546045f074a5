using GanNotebooks.Models;
using GanNotebooks.Training;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Training;

public sealed class GanUpdateTests
{
    private static readonly GanOptions Small = GanOptions.Classic with
    {
        Model = new ModelOptions(Width: 0.25),
        Seed = 7,
    };

    [Fact]
    public void Generator_update_leaves_every_discriminator_parameter_unchanged()
    {
        using var gan = new Gan(Small);
        var discriminatorBefore = ParameterSnapshot.Take(gan.Discriminator);
        var generatorBefore = ParameterSnapshot.Take(gan.Generator);

        gan.UpdateGenerator(16);

        Assert.True(discriminatorBefore.CompareWith(gan.Discriminator).Unchanged);
        var generatorChange = generatorBefore.CompareWith(gan.Generator);
        Assert.Equal(generatorChange.Tensors, generatorChange.ChangedTensors);
        Assert.All(gan.Discriminator.parameters(), p => Assert.True(p.requires_grad));
    }

    [Fact]
    public void Discriminator_update_leaves_every_generator_parameter_unchanged()
    {
        using var gan = new Gan(Small);
        using var scope = NewDisposeScope();
        var generatorBefore = ParameterSnapshot.Take(gan.Generator);
        var discriminatorBefore = ParameterSnapshot.Take(gan.Discriminator);

        gan.UpdateDiscriminator(rand(16, 1, 28, 28) * 2 - 1);

        Assert.True(generatorBefore.CompareWith(gan.Generator).Unchanged);
        var discriminatorChange = discriminatorBefore.CompareWith(gan.Discriminator);
        Assert.Equal(discriminatorChange.Tensors, discriminatorChange.ChangedTensors);
    }

    [Fact]
    public void Metrics_are_probabilities_and_losses_match_the_scores()
    {
        using var gan = new Gan(Small);
        using var scope = NewDisposeScope();

        var metrics = gan.Step(rand(32, 1, 28, 28) * 2 - 1);

        Assert.Equal(1, metrics.Step);
        foreach (var p in new[] { metrics.AccuracyReal, metrics.AccuracyFake, metrics.MeanRealScore,
                     metrics.MeanFakeScore })
        {
            Assert.InRange(p, 0, 1);
        }
        // An untrained discriminator scores everything near 1/2, so each loss is near log 2.
        Assert.InRange(metrics.LossReal, 0.5, 0.9);
        Assert.InRange(metrics.LossFake, 0.5, 0.9);
        Assert.InRange(metrics.LossGenerator, 0.5, 0.9);
    }

    [Fact]
    public void Minimax_loss_is_log_of_one_minus_the_fake_score()
    {
        using var gan = new Gan(Small with { GeneratorLoss = GeneratorLoss.Minimax });

        var metrics = gan.UpdateGenerator(64);

        // log(1 - D) is negative and near log(1/2) while D(G(z)) is near 1/2.
        Assert.InRange(metrics.Loss, -0.9, -0.5);
    }

    [Fact]
    public void The_same_seed_gives_the_same_metrics()
    {
        StepMetrics Run()
        {
            using var gan = new Gan(Small);
            using var scope = NewDisposeScope();
            var real = ones(8, 1, 28, 28) * 0.5f;
            gan.Step(real);
            return gan.Step(real);
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void A_non_finite_loss_stops_the_update_and_names_the_quantity()
    {
        using var gan = new Gan(Small);
        using var scope = NewDisposeScope();
        var before = ParameterSnapshot.Take(gan.Discriminator);
        var poisoned = full(4, 1, 28, 28, float.NaN);

        var error = Assert.Throws<TrainingDivergedException>(() => gan.UpdateDiscriminator(poisoned));

        Assert.Contains("step 1", error.Message);
        Assert.Contains("real images", error.Message);
        Assert.True(before.CompareWith(gan.Discriminator).Unchanged);
    }
}
