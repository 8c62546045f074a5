using GanNotebooks.Tests.Data;
using GanNotebooks.Training;

namespace GanNotebooks.Tests.Training;

public sealed class TrainerResumeTests(TrainingFixture fixture) : IClassFixture<TrainingFixture>
{
    [Fact]
    public void A_run_resumed_from_a_checkpoint_matches_the_uninterrupted_run()
    {
        using var folder = new TempFolder();
        var uninterrupted = Train(TrainingFixture.Short());

        // Stop mid-epoch 0 at step 11, then resume from the file into fresh objects.
        string path = folder.File("run.ckpt");
        using (var gan = new Gan(TrainingFixture.Small()))
        using (var first = new Trainer(gan, fixture.Slice, TrainingFixture.Short(path) with { MaxSteps = 11 }))
        {
            first.Run();
        }
        var checkpoint = Checkpoint.Load(path);
        Assert.Equal(new TrainingPosition(11, 0, 11), checkpoint.Position);

        List<StepMetrics> resumed;
        using (var gan = checkpoint.CreateGan())
        using (var second = new Trainer(gan, fixture.Slice, TrainingFixture.Short(path), checkpoint))
        {
            var result = second.Run();
            Assert.Equal(21, result.StepsThisRun);
            resumed = [.. second.History];
        }

        Assert.Equal(32, uninterrupted.Count);
        Assert.Equal(uninterrupted.Select(m => m.Step), resumed.Select(m => m.Step));
        for (int i = 0; i < uninterrupted.Count; i++)
        {
            Assert.Equal(uninterrupted[i].LossDiscriminator, resumed[i].LossDiscriminator, 1e-6);
            Assert.Equal(uninterrupted[i].LossGenerator, resumed[i].LossGenerator, 1e-6);
            Assert.Equal(uninterrupted[i].MeanFakeScore, resumed[i].MeanFakeScore, 1e-6);
        }
    }

    [Fact]
    public void The_same_seed_twice_gives_identical_metrics_and_another_seed_does_not()
    {
        var first = Train(TrainingFixture.Short());
        var second = Train(TrainingFixture.Short());
        var other = Train(TrainingFixture.Short(), seed: 8);

        Assert.Equal(first, second);
        Assert.NotEqual(first.Select(m => m.LossGenerator), other.Select(m => m.LossGenerator));
    }

    [Fact]
    public void Progress_is_reported_every_few_steps_with_samples_on_their_own_schedule()
    {
        var reports = new List<TrainingProgress>();
        using var gan = new Gan(TrainingFixture.Small());
        using var trainer = new Trainer(gan, fixture.Slice, TrainingFixture.Short() with { SampleEvery = 10 });
        trainer.Run(new SynchronousProgress<TrainingProgress>(reports.Add));

        Assert.Equal([4L, 8, 10, 12, 16, 20, 24, 28, 30, 32], reports.Select(r => r.Step));
        Assert.Equal([0L, 10, 20, 30], trainer.Samples.Select(s => s.Step));
        Assert.All(reports, r => Assert.True(r.MillisecondsPerStep > 0));
        Assert.Equal(1, reports.Last().Epoch);
        Assert.All(trainer.History, m => Assert.True(m.GeneratorGradientNorm > 0));
    }

    [Fact]
    public void Discriminator_only_training_leaves_the_generator_unchanged_and_measures_its_gradient()
    {
        using var gan = new Gan(TrainingFixture.Small());
        var before = gan.Generator.parameters().Select(p => p.clone()).ToList();
        using var trainer = new Trainer(
            gan, fixture.Slice, TrainingFixture.Short() with { Mode = TrainingMode.DiscriminatorOnly });
        trainer.Run();

        Assert.All(gan.Generator.parameters().Zip(before),
            pair => Assert.True(pair.First.equal(pair.Second).all().item<bool>()));
        // What the updates minimise, the discriminator's loss, falls against the fixed generator.
        var early = trainer.History.Take(4).Average(m => m.LossDiscriminator);
        var late = trainer.History.TakeLast(4).Average(m => m.LossDiscriminator);
        Assert.True(late < early - 0.05, $"discriminator loss {early:F3} -> {late:F3}");
        Assert.All(trainer.History, m => Assert.True(m.GeneratorGradientNorm > 0));
    }

    private List<StepMetrics> Train(TrainerOptions options, long seed = 7)
    {
        using var gan = new Gan(TrainingFixture.Small(seed));
        using var trainer = new Trainer(gan, fixture.Slice, options);
        trainer.Run();
        return [.. trainer.History];
    }
}
