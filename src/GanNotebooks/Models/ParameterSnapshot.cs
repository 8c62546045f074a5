using static TorchSharp.torch;

namespace GanNotebooks.Models;

/// <summary>
/// A copy of a module's parameters at one moment, to tell afterwards which of them an update
/// changed.
/// </summary>
public sealed class ParameterSnapshot
{
    private readonly Dictionary<string, float[]> values;

    private ParameterSnapshot(Dictionary<string, float[]> values) => this.values = values;

    /// <summary>Copies every parameter of <paramref name="module"/>.</summary>
    /// <param name="module">The module to copy.</param>
    /// <returns>The snapshot.</returns>
    public static ParameterSnapshot Take(nn.Module module)
    {
        ArgumentNullException.ThrowIfNull(module);
        using var scope = NewDisposeScope();
        var copy = module.named_parameters().ToDictionary(
            p => p.name, p => p.parameter.detach().cpu().to_type(ScalarType.Float32).data<float>().ToArray());
        return new ParameterSnapshot(copy);
    }

    /// <summary>Number of parameter tensors in the snapshot.</summary>
    public int Tensors => values.Count;

    /// <summary>Number of scalar parameters in the snapshot.</summary>
    public long Scalars => values.Values.Sum(v => (long)v.Length);

    /// <summary>Compares the module's current parameters with the snapshot.</summary>
    /// <param name="module">The same module the snapshot was taken of.</param>
    /// <returns>How many tensors and scalars differ.</returns>
    /// <exception cref="ArgumentException">The module's parameters have other names or sizes.</exception>
    public ParameterChange CompareWith(nn.Module module)
    {
        var now = Take(module).values;
        if (!now.Keys.ToHashSet().SetEquals(values.Keys))
        {
            throw new ArgumentException(
                "The module's parameter names differ from the snapshot's; compare the same module.",
                nameof(module));
        }

        int changedTensors = 0;
        long changedScalars = 0;
        foreach (var (name, before) in values)
        {
            var after = now[name];
            if (after.Length != before.Length)
            {
                throw new ArgumentException(
                    $"Parameter {name} had {before.Length} values and now has {after.Length}.",
                    nameof(module));
            }
            int changed = 0;
            for (int i = 0; i < before.Length; i++)
            {
                if (BitConverter.SingleToInt32Bits(before[i]) != BitConverter.SingleToInt32Bits(after[i])) changed++;
            }
            if (changed > 0) changedTensors++;
            changedScalars += changed;
        }
        return new ParameterChange(Tensors, changedTensors, Scalars, changedScalars);
    }
}
