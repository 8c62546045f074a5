using System.Diagnostics;
using GanNotebooks.Data;
using GanNotebooks.Models;
using GanNotebooks.Training;

namespace GanNotebooks.Classification;

/// <summary>
/// Trains the four classifiers of the few-label comparison with the same labels and measures each
/// on the test set: from scratch, a linear probe and a fine-tune of a pre-trained discriminator,
/// and a semi-supervised GAN.
/// </summary>
public static class FewLabelExperiment
{
    /// <summary>The method names, in the order they run.</summary>
    public static IReadOnlyList<string> Methods { get; } =
        ["from scratch", "linear probe of D's features", "fine-tuned D", "semi-supervised GAN (K+1)"];

    /// <summary>Runs every method for every label count and seed.</summary>
    /// <param name="train">The training images; labels are drawn from them, the rest are unlabelled.</param>
    /// <param name="test">The images the accuracy is measured on.</param>
    /// <param name="pretrained">A discriminator trained adversarially on <paramref name="train"/>.</param>
    /// <param name="labelCounts">Numbers of labelled images, multiples of 10.</param>
    /// <param name="seeds">Seeds; each draws its own labels and seeds every training.</param>
    /// <param name="settings">How each method trains.</param>
    /// <param name="progress">Receives each run as it finishes; may be null.</param>
    /// <returns>One run per method, label count and seed.</returns>
    public static IReadOnlyList<ClassifierRun> Run(
        ImageDataset train,
        ImageDataset test,
        Discriminator pretrained,
        IEnumerable<int> labelCounts,
        IEnumerable<int> seeds,
        FewLabelSettings settings,
        IProgress<ClassifierRun>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(pretrained);
        ArgumentNullException.ThrowIfNull(settings);
        if (pretrained.Options != settings.Model)
        {
            throw new ArgumentException(
                $"Expected a discriminator of sizes {settings.Model}, found {pretrained.Options}.",
                nameof(pretrained));
        }

        var runs = new List<ClassifierRun>();
        foreach (int labels in labelCounts)
        {
            foreach (int seed in seeds)
            {
                using var labelled = LabelledSubset.Balanced(train, labels, seed);
                foreach (string method in Methods)
                {
                    var clock = Stopwatch.StartNew();
                    double accuracy = Train(method, train, labelled, test, pretrained, settings, seed);
                    var run = new ClassifierRun(method, labels, seed, accuracy, clock.Elapsed.TotalSeconds);
                    runs.Add(run);
                    progress?.Report(run);
                }
            }
        }
        return runs;
    }

    /// <summary>
    /// The verdict at one label count, as printed lines: the best method by mean test accuracy,
    /// then each other method's gain over from scratch in percentage points, paired by seed
    /// (every method of a seed trained on the same labelled images).
    /// </summary>
    /// <param name="runs">Runs of <see cref="Run"/>; only those at <paramref name="labels"/> count.</param>
    /// <param name="labels">The label count to judge.</param>
    /// <returns>One headline, then one line per method other than from scratch, best first.</returns>
    /// <exception cref="ArgumentException">
    /// There is no from-scratch run at that label count, or a method lacks a seed from scratch has.
    /// </exception>
    public static IReadOnlyList<string> Verdict(IEnumerable<ClassifierRun> runs, int labels)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var atLabels = runs.Where(r => r.Labels == labels).ToList();
        string scratch = Methods[0];
        int[] seeds = atLabels.Where(r => r.Method == scratch).Select(r => r.Seed).Distinct().ToArray();
        if (seeds.Length == 0)
        {
            throw new ArgumentException($"No {scratch} run at {labels} labels to compare with.", nameof(runs));
        }
        double Accuracy(string method, int seed) =>
            atLabels.FirstOrDefault(r => r.Method == method && r.Seed == seed)?.TestAccuracy
            ?? throw new ArgumentException($"No {method} run at {labels} labels with seed {seed}.", nameof(runs));

        var ranked = atLabels.GroupBy(r => r.Method)
            .Select(g => (Method: g.Key, Mean: g.Average(r => r.TestAccuracy)))
            .OrderByDescending(m => m.Mean).ToList();
        var lines = new List<string>
        {
            FormattableString.Invariant($"{labels} labels: best is {ranked[0].Method} at {ranked[0].Mean:P1}")
                + (ranked[0].Method == scratch ? ""
                    : FormattableString.Invariant($"; from scratch {ranked.Single(m => m.Method == scratch).Mean:P1}")),
        };
        foreach (var (method, _) in ranked.Where(m => m.Method != scratch))
        {
            var gains = seeds.Select(seed => 100 * (Accuracy(method, seed) - Accuracy(scratch, seed))).ToList();
            string every = gains.Min() > 0 ? "; ahead in every seed" : gains.Max() < 0 ? "; behind in every seed" : "";
            string spread = seeds.Length == 1 ? "one seed" : FormattableString.Invariant(
                $"{gains.Min():+0.0;-0.0} to {gains.Max():+0.0;-0.0} over {seeds.Length} seeds{every}");
            lines.Add(FormattableString.Invariant(
                $"  {method}: {gains.Average():+0.0;-0.0} points against from scratch ({spread})"));
        }
        return lines;
    }

    private static double Train(
        string method, ImageDataset train, ImageDataset labelled, ImageDataset test,
        Discriminator pretrained, FewLabelSettings settings, int seed)
    {
        if (method == Methods[3])
        {
            var options = GanOptions.Classic with { Model = settings.Model, Seed = seed };
            using var gan = new SemiSupervisedGan(options);
            SemiSupervisedTraining.Train(gan, labelled, train, settings.SemiSupervisedSteps,
                settings.SemiSupervisedBatch, seed);
            return ClassifierTrainer.Accuracy(gan.Discriminator, test, ignoreLastOutput: true);
        }

        var training = method == Methods[0] ? settings.Scratch
            : method == Methods[1] ? settings.Probe : settings.FineTune;
        training = training with { Seed = seed };
        TorchSharp.torch.random.manual_seed(seed);
        using var network = method == Methods[0]
            ? ClassifierNetwork.FromScratch(settings.Model, 10)
            : ClassifierNetwork.FromDiscriminator(pretrained, 10);
        if (method == Methods[1]) network.FreezeBody();
        ClassifierTrainer.Train(network, labelled, training);
        return ClassifierTrainer.Accuracy(network, test);
    }
}
