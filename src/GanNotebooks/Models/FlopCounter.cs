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
    public static double Forward(SequentialModel model, Tensor input)
    {
        ArgumentNullException.ThrowIfNull(model);
        var shapes = model.TraceShapes(input);
        var layers = model.Layers;
        double batch = input.shape[0];
        double total = 0;
        for (int i = 0; i < layers.Count; i++)
        {
            long[] inShape = shapes[i].Shape, outShape = shapes[i + 1].Shape;
            total += layers[i] switch
            {
                Conv2d conv => 2.0 * conv.weight!.numel() * outShape[2] * outShape[3] * batch,
                SameConv2d conv => 2.0 * conv.Weight.numel() * outShape[2] * outShape[3] * batch,
                ConvTranspose2d up => 2.0 * up.weight!.numel() * inShape[2] * inShape[3] * batch,
                Linear dense => 2.0 * dense.weight!.numel() * batch,
                _ => 0,
            };
        }
        return total;
    }
}
