namespace GanNotebooks.Models;

/// <summary>The output shape of one layer during a traced forward pass.</summary>
/// <param name="Layer">The layer's name and kind, e.g. <c>conv1 (Conv2d)</c>.</param>
/// <param name="Shape">The shape of the tensor the layer produced.</param>
/// <param name="Parameters">Number of trainable parameters the layer holds.</param>
public sealed record LayerShape(string Layer, long[] Shape, long Parameters)
{
    /// <summary>The shape written the way PyTorch prints it, e.g. <c>[128, 1, 28, 28]</c>.</summary>
    public string ShapeText => "[" + string.Join(", ", Shape) + "]";
}
