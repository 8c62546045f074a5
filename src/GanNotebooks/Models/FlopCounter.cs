using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanNotebooks.Models;

/// <summary>
/// Counts the floating-point operations of a forward pass from the layer shapes: a multiply and an
/// add per weight use, i.e. 2 x weights x output positions for a convolution, 2 x weights x input
/// positions for a transposed convolution, 2 x weights for a linear layer. Activations, biases and
/// dropout are left out; they are a fraction of a percent here.
/// </summary>
public static class FlopCounter
{
    /// <summary>Forward-pass operations of <paramref name="model"/> for one input of the given shape.</summary>
    /// <param name="model">The model.</param>
    /// <param name="input">One input batch; its size scales the count.</param>
    /// <returns>Floating-point operations of one forward pass on that batch.</returns>
    public static double Forward(SequentialModel model, Tensor input) =>
        PerLayer(model, input).Sum(layer => layer.Flops);

    /// <summary>Forward-pass operations of each layer of <paramref name="model"/>.</summary>
    /// <param name="model">The model.</param>
    /// <param name="input">One input batch; its size scales the count.</param>
    /// <returns>One entry per layer, in order: its name and type, and its operations.</returns>
    public static IReadOnlyList<(string Layer, double Flops)> PerLayer(SequentialModel model, Tensor input)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(input);
        var shapes = model.TraceShapes(input);
        var layers = model.Layers;
        double batch = input.shape[0];
        var counts = new List<(string, double)>();
        for (int i = 0; i < layers.Count; i++)
        {
            long[] inShape = shapes[i].Shape, outShape = shapes[i + 1].Shape;
            double flops = layers[i] switch
            {
                Conv2d conv => 2.0 * conv.weight!.numel() * outShape[2] * outShape[3] * batch,
                SameConv2d conv => 2.0 * conv.Weight.numel() * outShape[2] * outShape[3] * batch,
                ConvTranspose2d up => 2.0 * up.weight!.numel() * inShape[2] * inShape[3] * batch,
                Linear dense => 2.0 * dense.weight!.numel() * batch,
                _ => 0,
            };
            counts.Add((shapes[i + 1].Layer, flops));
        }
        return counts;
    }
}
