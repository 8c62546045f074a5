using TorchSharp;
using static TorchSharp.torch;

namespace GanNotebooks.Display;

/// <summary>Lays out a batch of images in a grid and encodes it as PNG.</summary>
public static class ImageGrid
{
    /// <summary>Turns images [N, C, H, W] (C = 1 or 3) with values in [-1, 1] into one PNG grid.</summary>
    /// <param name="images">The batch; any device and floating type; values outside [-1, 1] are clamped.</param>
    /// <param name="columns">Images per row; the default makes the grid roughly square.</param>
    /// <param name="padding">Pixels between images, drawn in <paramref name="background"/>.</param>
    /// <param name="scale">Nearest-neighbour enlargement factor of each pixel.</param>
    /// <param name="background">Gray level of the padding, 0-255.</param>
    /// <returns>The PNG grid.</returns>
    /// <exception cref="ArgumentException">The tensor is not [N, 1|3, H, W] or the layout numbers are bad.</exception>
    public static PngImage ToPng(
        Tensor images, int? columns = null, int padding = 2, int scale = 2, byte background = 255)
    {
        if (images.dim() != 4 || images.shape[1] is not (1 or 3) || images.shape[0] == 0)
            throw new ArgumentException(
                $"Expected images [N, 1|3, H, W], got [{string.Join(", ", images.shape)}].", nameof(images));
        if (scale < 1 || padding < 0 || columns is < 1) throw new ArgumentException("Bad grid layout numbers.");

        int n = (int)images.shape[0], c = (int)images.shape[1], h = (int)images.shape[2], w = (int)images.shape[3];
        byte[] source;
        using (no_grad())
        using (var scope = NewDisposeScope())
        {
            // [-1, 1] -> [0, 255], then channels last so each pixel's channels are adjacent.
            var bytes = images.detach().cpu().to_type(ScalarType.Float32)
                .clamp(-1, 1).add(1).mul(127.5).round().to_type(ScalarType.Byte)
                .permute(0, 2, 3, 1).contiguous();
            source = bytes.data<byte>().ToArray();
        }

        int cols = columns ?? (int)Math.Ceiling(Math.Sqrt(n));
        int rows = (n + cols - 1) / cols;
        int cellW = w * scale, cellH = h * scale;
        int width = cols * cellW + (cols + 1) * padding, height = rows * cellH + (rows + 1) * padding;
        var pixels = new byte[width * height * c];
        Array.Fill(pixels, background);

        for (int i = 0; i < n; i++)
        {
            int left = padding + (i % cols) * (cellW + padding), top = padding + (i / cols) * (cellH + padding);
            for (int y = 0; y < cellH; y++)
            {
                int sourceRow = ((i * h) + y / scale) * w * c;
                int targetRow = ((top + y) * width + left) * c;
                for (int x = 0; x < cellW; x++)
                    for (int k = 0; k < c; k++)
                        pixels[targetRow + x * c + k] = source[sourceRow + (x / scale) * c + k];
            }
        }
        return PngEncoder.Encode(pixels, width, height, c);
    }
}
