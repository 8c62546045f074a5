using GanNotebooks.Data;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace GanNotebooks.Classification;

/// <summary>Trains a <see cref="ClassifierNetwork"/> on labelled images and measures its accuracy.</summary>
public static class ClassifierTrainer
{
    /// <summary>
    /// Minimises the cross entropy of the labels with Adam over the network's trainable
    /// parameters (all of them, or the head alone after <see cref="ClassifierNetwork.FreezeBody"/>).
    /// </summary>
    /// <param name="network">The network; its head must have one logit per class.</param>
    /// <param name="labelled">The labelled images.</param>
    /// <param name="options">Steps, batch size, learning rate and seed.</param>
    /// <param name="progress">Receives the mean loss of every 50 steps; may be null.</param>
    /// <returns>The loss of every step.</returns>
    /// <exception cref="Training.TrainingDivergedException">The loss stopped being finite.</exception>
    public static IReadOnlyList<double> Train(
        ClassifierNetwork network,
        ImageDataset labelled,
        ClassifierTrainingOptions options,
        IProgress<(int Step, double Loss)>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        random.manual_seed(options.Seed);
        int batchSize = Math.Min(options.BatchSize, labelled.Count);
        var sampler = new MiniBatchSampler(labelled, batchSize, options.Seed);
        using var optimizer = optim.Adam(network.TrainableParameters(), options.LearningRate);
        var losses = new List<double>(options.Steps);
        network.train();

        foreach (var batch in Batches(sampler).Take(options.Steps))
        {
            using (batch)
            using (NewDisposeScope())
            {
                var loss = cross_entropy(network.call(batch.Images), batch.Labels);
                double value = loss.item<float>();
                if (!double.IsFinite(value))
                {
                    throw new Training.TrainingDivergedException(losses.Count + 1, "classifier loss", value);
                }

                optimizer.zero_grad();
                loss.backward();
                optimizer.step();
                losses.Add(value);
            }
            if (losses.Count % 50 == 0) progress?.Report((losses.Count, losses.TakeLast(50).Average()));
        }
        return losses;
    }

    /// <summary>Share of <paramref name="test"/> whose predicted class equals the label, dropout off.</summary>
    /// <param name="network">The network.</param>
    /// <param name="test">Labelled images not used in training.</param>
    /// <param name="ignoreLastOutput">True for a K+1 discriminator: predict among the first K logits.</param>
    /// <param name="batchSize">Images per forward pass.</param>
    /// <returns>The accuracy, from 0 to 1.</returns>
    public static double Accuracy(
        ClassifierNetwork network, ImageDataset test, bool ignoreLastOutput = false, int batchSize = 500)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        network.eval();
        try
        {
            long correct = 0;
            for (int start = 0; start < test.Count; start += batchSize)
            {
                using var scope = NewDisposeScope();
                using var noGrad = no_grad();
                int size = Math.Min(batchSize, test.Count - start);
                var logits = network.call(test.Images.narrow(0, start, size));
                var predicted = ignoreLastOutput ? SemiSupervisedLoss.PredictClass(logits) : logits.argmax(1);
                correct += predicted.eq(test.Labels.narrow(0, start, size)).sum().item<long>();
            }
            return (double)correct / test.Count;
        }
        finally
        {
            network.train();
        }
    }

    private static IEnumerable<MiniBatch> Batches(MiniBatchSampler sampler)
    {
        for (int epoch = 0; ; epoch++)
        {
            foreach (var batch in sampler.Epoch(epoch)) yield return batch;
        }
    }
}
