using GanNotebooks.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace GanNotebooks.Cli.Bench;

/// <summary>
/// Float32 master copies of a module's weights with Adam's moments: each step reads the
/// module's (bfloat16) gradients, updates the masters in float32 and writes them back rounded.
/// </summary>
public sealed class MasterWeights : IDisposable
{
    private readonly nn.Module module;
    private readonly List<(Tensor Master, Tensor First, Tensor Second)> states = [];
    private readonly double learningRate, beta1, beta2;
    private const double Epsilon = 1e-8;
    private int steps;

    /// <summary>Copies the module's current float32 weights; call before casting the module.</summary>
    /// <param name="module">The module whose parameters are trained.</param>
    /// <param name="options">Adam's learning rate and betas.</param>
    public MasterWeights(nn.Module module, GanOptions options)
    {
        this.module = module;
        (learningRate, beta1, beta2) = (options.LearningRate, options.Beta1, options.Beta2);
        foreach (var parameter in module.parameters())
        {
            var master = parameter.detach().to_type(ScalarType.Float32).clone();
            states.Add((master, zeros_like(master), zeros_like(master)));
        }
    }

    /// <summary>One Adam step on the masters from the module's gradients, copied back to it.</summary>
    public void Step()
    {
        steps++;
        double correction1 = 1 - Math.Pow(beta1, steps), correction2 = 1 - Math.Pow(beta2, steps);
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        int i = 0;
        foreach (var parameter in module.parameters())
        {
            var (master, first, second) = states[i++];
            using var grad = parameter.grad;
            if (grad is null) continue;

            var gradient = grad.to_type(ScalarType.Float32);
            first.mul_(beta1).add_(gradient, alpha: 1 - beta1);
            second.mul_(beta2).addcmul_(gradient, gradient, value: 1 - beta2);
            var denominator = second.sqrt().div_(Math.Sqrt(correction2)).add_(Epsilon);
            master.addcdiv_(first, denominator, value: -learningRate / correction1);
            parameter.copy_(master);
        }
    }

    /// <summary>Releases the masters and moments.</summary>
    public void Dispose()
    {
        foreach (var (master, first, second) in states)
        {
            master.Dispose();
            first.Dispose();
            second.Dispose();
        }
    }
}
