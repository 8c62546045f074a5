using GanNotebooks.Classification;
using GanNotebooks.Models;
using GanNotebooks.Tests.Data;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Classification;

public sealed class ClassifierNetworkTests(FashionMnistFixture data) : IClassFixture<FashionMnistFixture>
{
    private static readonly ModelOptions Small = new(Width: 0.25);

    [Fact]
    public void A_linear_probe_on_the_frozen_body_changes_only_the_head()
    {
        random.manual_seed(2);
        using var discriminator = new Discriminator(Small);
        using var network = ClassifierNetwork.FromDiscriminator(discriminator, 10);
        using var labelled = LabelledSubset.Balanced(data.Train, 100, seed: 3);
        network.FreezeBody();
        var before = ParameterSnapshot.Take(network);

        ClassifierTrainer.Train(network, labelled, new ClassifierTrainingOptions(Steps: 5, BatchSize: 20));

        var change = before.CompareWith(network);
        Assert.Equal(2, change.ChangedTensors);
        Assert.Equal(2 + 2 * 2, change.Tensors);
        Assert.Equal(2, network.TrainableParameters().Count());
    }

    [Fact]
    public void The_body_copied_from_a_discriminator_gives_its_features()
    {
        random.manual_seed(4);
        using var discriminator = new Discriminator(Small);
        using var network = ClassifierNetwork.FromDiscriminator(discriminator, 11);
        using var scope = NewDisposeScope();
        var images = data.Test.Images.narrow(0, 0, 8);
        discriminator.eval();
        network.eval();

        TensorAssert.Identical(discriminator.Features(images), network.Features(images));
        Assert.Equal([8L, 11], network.call(images).shape);
        Assert.Equal(discriminator.FeatureSize, network.Features(images).shape[1]);
    }

    [Fact]
    public void Training_from_scratch_on_a_thousand_labels_beats_chance_by_far()
    {
        random.manual_seed(5);
        using var network = ClassifierNetwork.FromScratch(Small, 10);
        using var labelled = LabelledSubset.Balanced(data.Train, 1000, seed: 5);
        using var test = data.Test.Take(1000);
        double before = ClassifierTrainer.Accuracy(network, test);

        var losses = ClassifierTrainer.Train(network, labelled, new ClassifierTrainingOptions(Steps: 150));

        double after = ClassifierTrainer.Accuracy(network, test);
        Assert.InRange(before, 0.0, 0.3);
        Assert.True(after > 0.6, $"test accuracy {before:F3} -> {after:F3}");
        Assert.True(losses.TakeLast(20).Average() < losses.Take(20).Average());
    }
}
