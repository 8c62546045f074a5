using GanNotebooks.Tests.Data;
using GanNotebooks.Training;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Training;

public sealed class DivergenceTests(TrainingFixture fixture) : IClassFixture<TrainingFixture>
{
    [Fact]
    public void A_nan_image_stops_training_at_its_step_and_the_last_checkpoint_stays()
    {
        using var folder = new TempFolder();
        string path = folder.File("run.ckpt");
        using var data = fixture.Slice.Take(fixture.Slice.Count);
        data.Images[0, 0, 14, 14] = tensor(float.NaN);
        using var gan = new Gan(TrainingFixture.Small());
        using var trainer = new Trainer(gan, data, TrainingFixture.Short(path) with { CheckpointEvery = 1 });

        // The sampler's order says at which step image 0 arrives.
        long expected = Array.IndexOf(trainer.Sampler.Permutation(0), 0) / trainer.Options.BatchSize + 1;
        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Run());

        Assert.Equal(expected, error.Step);
        Assert.StartsWith(
            $"Training diverged at step {expected}: the discriminator loss on real images is NaN", error.Message);
        var last = Checkpoint.Load(path);
        Assert.Equal(expected - 1, last.Position.Step);
        Assert.Equal(expected - 1, last.History.Count);
    }

    [Fact]
    public void A_huge_learning_rate_is_caught_as_divergence_naming_step_and_quantity()
    {
        using var gan = new Gan(TrainingFixture.Small() with { LearningRate = 1e30 });
        using var trainer = new Trainer(gan, fixture.Slice, TrainingFixture.Short());

        var error = Assert.Throws<TrainingDivergedException>(() => trainer.Run());

        Assert.Contains($"step {error.Step}", error.Message);
        Assert.Contains(error.Quantity, error.Message);
        Assert.False(double.IsFinite(error.Value));
        Assert.Equal(error.Step - 1, trainer.History.Count);
    }

    [Fact]
    public void Images_holding_nan_stop_the_first_step_before_any_update()
    {
        using var gan = new Gan(TrainingFixture.Small());
        var before = gan.Discriminator.parameters().Select(p => p.clone()).ToList();
        using var images = fixture.Slice.Images.narrow(0, 0, 8).clone();
        images[0, 0, 14, 14] = tensor(float.NaN);

        var error = Assert.Throws<TrainingDivergedException>(() => gan.Step(images));

        Assert.Equal(1, error.Step);
        Assert.Equal("discriminator loss on real images", error.Quantity);
        Assert.StartsWith("Training diverged at step 1: the discriminator loss on real images is NaN", error.Message);
        Assert.All(gan.Discriminator.parameters().Zip(before),
            pair => Assert.True(pair.First.equal(pair.Second).all().item<bool>()));
    }
}
