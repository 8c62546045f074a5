using GanNotebooks.Cli.Bench;
using GanNotebooks.Models;
using GanNotebooks.Training;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Bench;

public sealed class BFloat16StepTests
{
    [Fact]
    public void A_mixed_precision_step_updates_every_weight_of_both_networks_and_keeps_them_bfloat16()
    {
        var options = GanOptions.Classic with { Model = new ModelOptions(Width: 0.25), Seed = 3 };
        using var step = new BFloat16Step(options);
        var before = Snapshot(step);
        using var random = new TorchSharp.torch.Generator(3);
        using var real = rand(16, 1, 28, 28, generator: random).mul_(2).sub_(1);

        step.Step(real);
        step.Step(real);

        var after = Snapshot(step);
        Assert.Equal(before.Count, after.Count);
        // Biases start at 0 and the logit bias's gradient, the sum of -0.5/N per real and +0.5/N
        // per fake image while the logits are small, cancels to exactly 0 in bfloat16: weights only.
        foreach (var (name, value) in before.Where(p => p.Key.EndsWith("weight", StringComparison.Ordinal)))
        {
            Assert.True(after[name].AsSpan().SequenceEqual(value) is false, $"{name} did not change");
        }
        Assert.All(step.Generator.parameters(), p => Assert.Equal(ScalarType.BFloat16, p.dtype));
        Assert.All(step.Discriminator.parameters(), p => Assert.Equal(ScalarType.BFloat16, p.dtype));
    }

    [Fact]
    public void The_bfloat16_generator_draws_images_about_a_percent_off_the_float32_one()
    {
        double deviation = BFloat16Step.OutputDeviation(
            GanOptions.Classic with { Model = new ModelOptions(Width: 0.25), Seed = 4 });

        // Eight bits of mantissa: not equal within float tolerance, but not broken either.
        Assert.InRange(deviation, 1e-4, 0.05);
    }

    private static Dictionary<string, float[]> Snapshot(BFloat16Step step)
    {
        var values = new Dictionary<string, float[]>();
        var modules = new (string, nn.Module)[] { ("G.", step.Generator), ("D.", step.Discriminator) };
        foreach (var (prefix, module) in modules)
        {
            foreach (var (name, parameter) in module.named_parameters())
            {
                using var copy = parameter.detach().to_type(ScalarType.Float32);
                values[prefix + name] = copy.data<float>().ToArray();
            }
        }
        return values;
    }
}
