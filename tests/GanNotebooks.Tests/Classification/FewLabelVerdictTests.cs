using GanNotebooks.Classification;

namespace GanNotebooks.Tests.Classification;

public sealed class FewLabelVerdictTests
{
    private static readonly string Scratch = FewLabelExperiment.Methods[0];
    private static readonly string Probe = FewLabelExperiment.Methods[1];
    private static readonly string FineTune = FewLabelExperiment.Methods[2];

    [Fact]
    public void Gains_are_paired_by_seed_and_a_method_ahead_in_every_seed_is_named_so()
    {
        // Seed 2's labels are easier for everyone: a comparison of means would hide that the probe
        // wins each seed by one point while the fine-tune wins one seed and loses the other.
        ClassifierRun[] runs =
        [
            new(Scratch, 100, 1, 0.60, 1), new(Probe, 100, 1, 0.61, 1), new(FineTune, 100, 1, 0.64, 1),
            new(Scratch, 100, 2, 0.80, 1), new(Probe, 100, 2, 0.81, 1), new(FineTune, 100, 2, 0.79, 1),
            new(Scratch, 1000, 1, 0.10, 1),
        ];

        var lines = FewLabelExperiment.Verdict(runs, 100);

        Assert.Equal(
            [
                "100 labels: best is fine-tuned D at 71.5 %; from scratch 70.0 %",
                "  fine-tuned D: +1.5 points against from scratch (-1.0 to +4.0 over 2 seeds)",
                "  linear probe of D's features: +1.0 points against from scratch "
                    + "(+1.0 to +1.0 over 2 seeds; ahead in every seed)",
            ],
            lines);
    }

    [Fact]
    public void One_seed_gives_no_spread_and_a_missing_run_is_named()
    {
        ClassifierRun[] runs = [new(Scratch, 100, 1, 0.70, 1), new(Probe, 100, 1, 0.65, 1), new(Probe, 100, 2, 0.9, 1)];

        Assert.Equal(
            ["100 labels: best is from scratch at 70.0 %",
             "  linear probe of D's features: -5.0 points against from scratch (one seed)"],
            FewLabelExperiment.Verdict(runs.Take(2), 100));
        var noScratch = Assert.Throws<ArgumentException>(() => FewLabelExperiment.Verdict(runs, 1000));
        Assert.Contains("No from scratch run at 1000 labels", noScratch.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<ArgumentException>(
            () => FewLabelExperiment.Verdict(
                [.. runs, new(Scratch, 100, 2, 0.8, 1), new(FineTune, 100, 1, 0.7, 1)], 100));
        Assert.Contains("No fine-tuned D run at 100 labels with seed 2", missing.Message, StringComparison.Ordinal);
    }
}
