using static TorchSharp.torch;

namespace GanNotebooks.Data;

/// <summary>
/// Loads unlabelled 28x28 grayscale images for evaluation: a folder of PNG files or an IDX
/// images file, as float32 tensors [N, 1, 28, 28] in [-1, 1] (x / 127.5 - 1, as the training
/// data).
/// </summary>
public static class ImageFiles
{
    /// <summary>Loads every <c>*.png</c> of a folder (not its subfolders), in ordinal name order.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The images; the caller disposes the tensor.</returns>
    /// <exception cref="DataFileException">The folder is missing or holds no PNG, or a file is
    /// unreadable or not 28x28.</exception>
    public static Tensor LoadPngFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder)) throw new DataFileException(folder, $"{folder}: folder not found.");
        string[] files = Directory.GetFiles(folder, "*.png");
        Array.Sort(files, StringComparer.Ordinal);
        if (files.Length == 0)
        {
            throw new DataFileException(folder, $"{folder}: expected PNG images (*.png), found none.");
        }

        var pixels = new byte[(long)files.Length * IdxReader.PixelsPerImage];
        for (int i = 0; i < files.Length; i++)
        {
            var (gray, width, height) = PngDecoder.DecodeFile(files[i]);
            if (width != IdxReader.ImageSide || height != IdxReader.ImageSide)
            {
                throw new DataFileException(files[i],
                    $"{files[i]}: expected a 28x28 image, found {width}x{height}.");
            }
            gray.CopyTo(pixels, (long)i * IdxReader.PixelsPerImage);
        }
        return ToTensor(pixels);
    }

    /// <summary>Loads an IDX images file (gzipped when its name ends in <c>.gz</c>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The images; the caller disposes the tensor.</returns>
    /// <exception cref="DataFileException">The file is missing or not a 28x28 IDX images file.</exception>
    public static Tensor LoadIdx(string path) => ToTensor(IdxReader.ReadImages(path));

    /// <summary>Turns gray bytes, 784 per image, into a [N, 1, 28, 28] tensor in [-1, 1].</summary>
    /// <param name="pixels">The bytes, image after image.</param>
    /// <returns>The tensor; the caller disposes it.</returns>
    public static Tensor ToTensor(byte[] pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        long count = pixels.Length / IdxReader.PixelsPerImage;
        using var scope = NewDisposeScope();
        var bytes = tensor(pixels, [count, 1, IdxReader.ImageSide, IdxReader.ImageSide]);
        return bytes.to_type(ScalarType.Float32).div_(127.5).sub_(1).MoveToOuterDisposeScope();
    }
}
