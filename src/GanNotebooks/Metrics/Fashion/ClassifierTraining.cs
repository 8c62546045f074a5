using System.Diagnostics;
using GanNotebooks.Data;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace GanNotebooks.Metrics.Fashion;

/// <summary>Trains the <see cref="FashionClassifierNetwork"/> on labelled images, seeded.</summary>
public static class ClassifierTraining
{
    /// <summary>
    /// Minimises the cross entropy with Adam, its learning rate falling linearly to 0, and
    /// measures the test accuracy after each epoch.
    /// </summary>
    /// <param name="network">The network to train, in place.</param>
    /// <param name="train">The training images and labels.</param>
    /// <param name="test">Held-out images and labels for the accuracy.</param>
    /// <param name="settings">Epochs, batch size, learning rate and seed.</param>
    /// <param name="progress">Receives each epoch's figures; may be null.</param>
    /// <param name="cancellation">Stops training between steps.</param>
    /// <returns>Every epoch's figures.</returns>
    /// <exception cref="Training.TrainingDivergedException">The loss stopped being finite.</exception>
    public static IReadOnlyList<ClassifierEpoch> Train(
        FashionClassifierNetwork network,
        ImageDataset train,
        ImageDataset test,
        ClassifierTrainingSettings settings,
        IProgress<ClassifierEpoch>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();

        random.manual_seed(settings.Seed);
        var sampler = new MiniBatchSampler(train, Math.Min(settings.BatchSize, train.Count), settings.Seed);
        using var optimizer = optim.Adam(network.parameters(), settings.LearningRate);
        long totalSteps = (long)sampler.BatchesPerEpoch * settings.Epochs, step = 0;
        var epochs = new List<ClassifierEpoch>();

        for (int epoch = 0; epoch < settings.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            double lossSum = 0;
            network.train();
            foreach (var batch in sampler.Epoch(epoch))
            {
                cancellation.ThrowIfCancellationRequested();
                using (batch)
                using (NewDisposeScope())
                {
                    SetLearningRate(optimizer, settings.LearningRate * (1 - (double)step / totalSteps));
                    var loss = cross_entropy(network.call(batch.Images), batch.Labels);
                    double value = loss.item<float>();
                    if (!double.IsFinite(value))
                    {
                        throw new Training.TrainingDivergedException(step + 1, "classifier loss", value);
                    }

                    optimizer.zero_grad();
                    loss.backward();
                    optimizer.step();
                    lossSum += value;
                    step++;
                }
            }

            double accuracy = Accuracy(network, test);
            var figures = new ClassifierEpoch(
                epoch + 1, lossSum / sampler.BatchesPerEpoch, accuracy, clock.Elapsed.TotalSeconds);
            epochs.Add(figures);
            progress?.Report(figures);
        }
        network.eval();
        return epochs;
    }

    /// <summary>Share of <paramref name="test"/> whose most probable class is the label.</summary>
    /// <param name="network">The network; left in evaluation mode.</param>
    /// <param name="test">Labelled images.</param>
    /// <param name="batchSize">Images per forward pass.</param>
    /// <returns>The accuracy, 0 to 1.</returns>
    public static double Accuracy(FashionClassifierNetwork network, ImageDataset test, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        network.eval();
        long correct = 0;
        for (int start = 0; start < test.Count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            using var noGrad = no_grad();
            int size = Math.Min(batchSize, test.Count - start);
            var predicted = network.call(test.Images.narrow(0, start, size)).argmax(1);
            correct += predicted.eq(test.Labels.narrow(0, start, size)).sum().item<long>();
        }
        return (double)correct / test.Count;
    }

    private static void SetLearningRate(optim.Optimizer optimizer, double rate)
    {
        foreach (var group in optimizer.ParamGroups) group.LearningRate = rate;
    }
}
