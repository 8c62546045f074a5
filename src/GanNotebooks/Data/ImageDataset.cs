using TorchSharp;
using static TorchSharp.torch;

namespace GanNotebooks.Data;

/// <summary>
/// A labelled set of 28x28 grayscale images held as TorchSharp tensors, scaled for a generator
/// whose last layer is tanh.
/// </summary>
/// <remarks>
/// The dataset owns its two tensors and frees them on <see cref="Dispose"/>. They are detached
/// from any dispose scope open while loading, so a scope cannot free them behind its back.
/// </remarks>
public sealed class ImageDataset : IDisposable
{
    private bool disposed;

    private ImageDataset(Tensor images, Tensor labels, string source)
    {
        Images = images;
        Labels = labels;
        Source = source;
        Count = (int)labels.shape[0];
    }

    /// <summary>The images, float32 of shape [N, 1, 28, 28], in [-1, 1]: x / 127.5 - 1.</summary>
    public Tensor Images { get; }

    /// <summary>The labels, int64 of shape [N], each from 0 to 9.</summary>
    public Tensor Labels { get; }

    /// <summary>The number of images, N.</summary>
    public int Count { get; }

    /// <summary>Where the images came from, in words, for a start-up log line.</summary>
    public string Source { get; }

    /// <summary>
    /// Loads one split of an MNIST-style folder: the four standard file names, each gzipped
    /// (<c>.gz</c>, preferred when both exist) or raw.
    /// </summary>
    /// <param name="folder">The folder holding the IDX files.</param>
    /// <param name="split">Which split to load.</param>
    /// <param name="expectedChecksums">
    /// Lower-case hex SHA-256 keyed by file name, checked before reading; <see langword="null"/>
    /// (the default) checks the format only, which is what a folder of other data needs.
    /// </param>
    /// <returns>The images and labels of the split.</returns>
    /// <exception cref="DataFileException">
    /// The folder or a file is missing, a file is corrupt or fails its checksum, or the images
    /// and labels files disagree on the count.
    /// </exception>
    public static ImageDataset Load(
        string folder,
        DatasetSplit split,
        IReadOnlyDictionary<string, string>? expectedChecksums = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        string imagesPath = IdxFileNames.Locate(folder, IdxFileNames.Images(split));
        string labelsPath = IdxFileNames.Locate(folder, IdxFileNames.Labels(split));

        if (expectedChecksums is not null)
        {
            Sha256Check.Verify(imagesPath, expectedChecksums);
            Sha256Check.Verify(labelsPath, expectedChecksums);
        }

        byte[] pixels = IdxReader.ReadImages(imagesPath);
        byte[] labels = IdxReader.ReadLabels(labelsPath);

        int imageCount = pixels.Length / IdxReader.PixelsPerImage;
        if (labels.Length != imageCount)
        {
            throw new DataFileException(labelsPath,
                $"'{labelsPath}' holds {labels.Length} labels; expected one per image, "
                + $"{imageCount}, as '{imagesPath}' holds {imageCount} images.");
        }

        return Create(pixels, labels, $"{split.ToString().ToLowerInvariant()} split of {folder}");
    }

    /// <summary>Builds a dataset from bytes in memory, laid out as in IDX files.</summary>
    /// <param name="pixels">N * 784 bytes, image after image, row after row, 0 to 255.</param>
    /// <param name="labels">N labels, each from 0 to 9.</param>
    /// <param name="source">Where the bytes came from, in words.</param>
    /// <returns>The dataset; it copies the bytes, so the arrays may be reused.</returns>
    public static ImageDataset FromBytes(byte[] pixels, byte[] labels, string source = "memory")
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(source);
        if (labels.Length == 0)
        {
            throw new ArgumentException("Expected at least one label, found none.", nameof(labels));
        }

        long expectedPixels = (long)labels.Length * IdxReader.PixelsPerImage;
        if (pixels.Length != expectedPixels)
        {
            throw new ArgumentException(
                $"Expected {expectedPixels} pixel bytes ({labels.Length} images of 28x28, one per "
                + $"label), found {pixels.Length}.", nameof(pixels));
        }

        byte highest = IdxReader.ClassCount - 1;
        int bad = labels.AsSpan().IndexOfAnyExceptInRange((byte)0, highest);
        if (bad >= 0)
        {
            throw new ArgumentException(
                $"Expected labels 0 to 9, found {labels[bad]} at index {bad}.", nameof(labels));
        }

        return Create(pixels, labels, source);
    }

    /// <summary>
    /// The first <paramref name="count"/> images as a dataset of their own, for quick runs.
    /// </summary>
    /// <remarks>
    /// The subset copies its tensors, so disposing the full dataset afterwards frees its memory.
    /// Fashion-MNIST's files are already shuffled, so the first images mix all classes.
    /// </remarks>
    /// <param name="count">How many images to keep, from 1 to <see cref="Count"/>.</param>
    /// <returns>A new dataset that the caller disposes.</returns>
    public ImageDataset Take(int count)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (count < 1 || count > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count,
                $"Expected a count from 1 to {Count} (the images in {Source}), found {count}.");
        }

        Tensor images = Images.narrow(0, 0, count).clone().DetachFromDisposeScope();
        Tensor labels = Labels.narrow(0, 0, count).clone().DetachFromDisposeScope();
        return new ImageDataset(images, labels, $"first {count} of {Source}");
    }

    /// <summary>The images at the given rows, in that order, as a dataset of their own.</summary>
    /// <remarks>The subset copies its tensors, like <see cref="Take"/>.</remarks>
    /// <param name="indices">Rows from 0 to <see cref="Count"/> - 1; at least one.</param>
    /// <param name="description">What the subset is, for <see cref="Source"/>.</param>
    /// <returns>A new dataset that the caller disposes.</returns>
    public ImageDataset Select(IReadOnlyList<long> indices, string description)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (indices.Count == 0)
        {
            throw new ArgumentException("Expected at least one index, found none.", nameof(indices));
        }
        foreach (long index in indices)
        {
            if (index < 0 || index >= Count)
            {
                throw new ArgumentOutOfRangeException(nameof(indices), index,
                    $"Expected rows from 0 to {Count - 1} (the images in {Source}), found {index}.");
            }
        }

        using Tensor rows = tensor(indices.ToArray());
        Tensor images = Images.index_select(0, rows).DetachFromDisposeScope();
        Tensor labels = Labels.index_select(0, rows).DetachFromDisposeScope();
        return new ImageDataset(images, labels, $"{description} of {Source}");
    }

    /// <summary>Frees the image and label tensors.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        Images.Dispose();
        Labels.Dispose();
    }

    private static ImageDataset Create(byte[] pixels, byte[] labels, string source)
    {
        using DisposeScope scope = NewDisposeScope();
        long count = labels.Length;

        // Scale in libtorch rather than in a C# loop: one vectorised pass over 47 million bytes.
        // Dividing by 127.5 (exact in float32) maps 0 to -1 and 255 to 1 exactly.
        Tensor images = tensor(pixels, [count, 1, IdxReader.ImageSide, IdxReader.ImageSide])
            .to_type(ScalarType.Float32)
            .div_(127.5)
            .sub_(1.0);
        Tensor labelTensor = tensor(labels, [count]).to_type(ScalarType.Int64);

        return new ImageDataset(
            images.DetachFromDisposeScope(), labelTensor.DetachFromDisposeScope(), source);
    }
}
