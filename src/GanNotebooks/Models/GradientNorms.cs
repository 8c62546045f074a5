using static TorchSharp.torch;

namespace GanNotebooks.Models;

/// <summary>
/// The size of the gradient each parameter tensor of a module holds after a backward pass.
/// </summary>
public static class GradientNorms
{
    /// <summary>The L2 norm of each parameter's gradient, in the module's order.</summary>
    /// <param name="module">A module after <c>backward()</c>.</param>
    /// <returns>Each parameter's name and gradient norm; 0 for one without a gradient.</returns>
    public static IReadOnlyList<(string Name, double Norm)> PerParameter(nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        using var scope = NewDisposeScope();
        var norms = new List<(string Name, double Norm)>();
        foreach (var (name, parameter) in module.named_parameters())
        {
            var grad = parameter.grad;
            norms.Add((name, grad is null ? 0 : grad.norm().item<float>()));
        }
        return norms;
    }

    /// <summary>The L2 norm over all of a module's parameter gradients together.</summary>
    /// <param name="module">A module after <c>backward()</c>.</param>
    /// <returns>The norm; 0 when no parameter holds a gradient.</returns>
    public static double Total(nn.Module module) =>
        Math.Sqrt(PerParameter(module).Sum(p => p.Norm * p.Norm));
}
