using TorchSharp;
using static TorchSharp.torch;

namespace GanNotebooks.Toy;

/// <summary>
/// A small fully connected network for toy data: linear layers of one hidden width with
/// LeakyReLU(0.2) between them and a linear output. As a generator it maps latents to points; as a
/// discriminator it maps points to one logit.
/// </summary>
public sealed class ToyMlp : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> layers;

    /// <summary>Builds the network; weights come from libtorch's global random generator.</summary>
    /// <param name="inputs">Input size, at least 1.</param>
    /// <param name="outputs">Output size, at least 1.</param>
    /// <param name="hiddenWidth">Units of each hidden layer, at least 1.</param>
    /// <param name="hiddenLayers">Number of hidden layers, at least 1.</param>
    public ToyMlp(int inputs, int outputs, int hiddenWidth, int hiddenLayers) : base(nameof(ToyMlp))
    {
        if (inputs < 1 || outputs < 1 || hiddenWidth < 1 || hiddenLayers < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(inputs),
                $"Expected sizes of at least 1, found inputs {inputs}, outputs {outputs}, "
                + $"hidden width {hiddenWidth}, hidden layers {hiddenLayers}.");
        }

        var modules = new List<(string, nn.Module<Tensor, Tensor>)>();
        int width = inputs;
        for (int i = 0; i < hiddenLayers; i++)
        {
            modules.Add(($"linear{i}", nn.Linear(width, hiddenWidth)));
            modules.Add(($"act{i}", nn.LeakyReLU(0.2)));
            width = hiddenWidth;
        }
        modules.Add(("output", nn.Linear(width, outputs)));
        layers = nn.Sequential(modules);
        Inputs = inputs;
        Outputs = outputs;
        RegisterComponents();
    }

    /// <summary>Input size.</summary>
    public int Inputs { get; }

    /// <summary>Output size.</summary>
    public int Outputs { get; }

    /// <summary>Number of trainable parameters.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <inheritdoc />
    public override Tensor forward(Tensor input) => layers.call(input);

    /// <summary>Runs the network on points without tracking gradients.</summary>
    /// <param name="points">Inputs, one per row: [N, <see cref="Inputs"/>].</param>
    /// <returns>Outputs, one per row: [N, <see cref="Outputs"/>].</returns>
    public double[,] Evaluate(double[,] points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.GetLength(1) != Inputs)
        {
            throw new ArgumentException(
                $"Expected points with {Inputs} coordinates, found {points.GetLength(1)}.",
                    nameof(points));
        }

        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        return ToyTensors.ToPoints(call(ToyTensors.FromPoints(points)));
    }

    /// <summary>The first output at each of <paramref name="points"/>, e.g. a discriminator's
    /// logits on a 1-D grid.</summary>
    /// <param name="points">One-coordinate inputs; requires <see cref="Inputs"/> = 1.</param>
    /// <returns>One number per point.</returns>
    public double[] EvaluateLine(IReadOnlyList<double> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var column = new double[points.Count, 1];
        for (int i = 0; i < points.Count; i++) column[i, 0] = points[i];
        var outputs = Evaluate(column);
        return Enumerable.Range(0, points.Count).Select(i => outputs[i, 0]).ToArray();
    }
}
