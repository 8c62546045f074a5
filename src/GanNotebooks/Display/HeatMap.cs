using static TorchSharp.torch;

namespace GanNotebooks.Display;

/// <summary>
/// Signed per-pixel values, such as a gradient, drawn in colour: red where the value is
/// positive, blue where it is negative, white at zero, each map scaled by its own largest
/// magnitude.
/// </summary>
public static class HeatMap
{
    /// <summary>Colours values [N, 1, H, W] as RGB images [N, 3, H, W] in [-1, 1].</summary>
    /// <param name="values">The signed values.</param>
    /// <returns>The coloured maps, owned by the caller.</returns>
    /// <exception cref="ArgumentException">The tensor is not [N, 1, H, W].</exception>
    public static Tensor ToRgb(Tensor values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.dim() != 4 || values.shape[1] != 1)
        {
            throw new ArgumentException(
                $"Expected values [N, 1, H, W], found [{string.Join(", ", values.shape)}].",
                nameof(values));
        }
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var v = values.detach().to_type(ScalarType.Float32);
        var largest = v.abs().amax([1, 2, 3], keepdim: true).clamp_min(1e-12f);
        var t = v / largest;                                    // in [-1, 1]
        var positive = t.clamp_min(0f);
        var negative = (-t).clamp_min(0f);

        // White (1, 1, 1) fades to red (1, 0, 0) for positive values and to blue for negative.
        var red = 1 - negative;
        var green = 1 - positive - negative;
        var blue = 1 - positive;
        return (cat([red, green, blue], 1) * 2 - 1).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// One PNG with, for each image, the grayscale image and its heat map side by side.
    /// </summary>
    /// <param name="images">Grayscale images [N, 1, H, W] in [-1, 1].</param>
    /// <param name="values">Signed values of the same shape, e.g. dD(x)/dx.</param>
    /// <param name="pairsPerRow">Image and heat map pairs in each row of the grid.</param>
    /// <param name="scale">Enlargement of each pixel.</param>
    /// <returns>The grid.</returns>
    /// <exception cref="ArgumentException">The shapes differ.</exception>
    public static PngImage BesideImages(
        Tensor images, Tensor values, int pairsPerRow = 4, int scale = 4)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(values);
        if (!images.shape.SequenceEqual(values.shape) || images.dim() != 4 || images.shape[1] != 1)
        {
            throw new ArgumentException(
                "Expected images and values of one shape [N, 1, H, W], found "
                + $"[{string.Join(", ", images.shape)}] "
                + $"and [{string.Join(", ", values.shape)}].", nameof(values));
        }
        using var scope = NewDisposeScope();
        var gray = images.detach().to_type(ScalarType.Float32).expand(-1, 3, -1, -1);
        var pairs = stack([gray, ToRgb(values)], 1).flatten(0, 1);   // image, map, image, map, ...
        return ImageGrid.ToPng(pairs, columns: 2 * pairsPerRow, scale: scale);
    }
}
