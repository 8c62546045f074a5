using GanNotebooks.Classification;
using GanNotebooks.Metrics.Fashion;
using GanNotebooks.Toy;
using GanNotebooks.Training;

namespace GanNotebooks.Tests.Training;

public sealed class LearningRateCheckTests
{
    public static TheoryData<double> Invalid => new() { 0, -1e-4, double.NaN, double.PositiveInfinity };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Every_settings_record_rejects_a_learning_rate_that_is_not_positive_and_finite(double rate)
    {
        var checks = new (string Name, Action Validate)[]
        {
            ("LearningRate", () => (GanOptions.Classic with { LearningRate = rate }).Validate()),
            ("LearningRate", () => new ClassifierTrainingOptions(LearningRate: rate).Validate()),
            ("LearningRate", () => new ClassifierTrainingSettings(LearningRate: rate).Validate()),
            ("LearningRate", () => new DiscriminatorFitSettings(LearningRate: rate).Validate()),
            ("GeneratorLearningRate", () => new ToyGanSettings(GeneratorLearningRate: rate).Validate()),
            ("DiscriminatorLearningRate", () => new ToyGanSettings(DiscriminatorLearningRate: rate).Validate()),
        };
        foreach (var (name, validate) in checks)
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(validate);
            Assert.Equal(name, error.ParamName);
            Assert.Contains("positive, finite learning rate", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_default_settings_pass()
    {
        GanOptions.Classic.Validate();
        new ClassifierTrainingOptions().Validate();
        new ClassifierTrainingSettings().Validate();
        new DiscriminatorFitSettings().Validate();
        new ToyGanSettings().Validate();
    }
}
