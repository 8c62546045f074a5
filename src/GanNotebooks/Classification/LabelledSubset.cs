using GanNotebooks.Data;
using static TorchSharp.torch;

namespace GanNotebooks.Classification;

/// <summary>Draws a few labelled images from a large set: the same number of each class, from a seed.</summary>
public static class LabelledSubset
{
    /// <summary>
    /// Rows of <paramref name="labels"/> holding <paramref name="count"/> / classes images of each
    /// class, drawn without replacement by a seeded shuffle, in ascending row order.
    /// </summary>
    /// <param name="labels">Int64 labels [N], each from 0 to classes - 1.</param>
    /// <param name="count">How many rows in all; a multiple of <paramref name="classes"/>.</param>
    /// <param name="seed">Selects the draw; the same seed gives the same rows.</param>
    /// <param name="classes">Number of classes.</param>
    /// <returns>The chosen rows.</returns>
    /// <exception cref="ArgumentException">
    /// The count is not a positive multiple of the classes, or a class has too few images.
    /// </exception>
    public static long[] BalancedIndices(Tensor labels, int count, int seed, int classes = 10)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        if (count < classes || count % classes != 0)
        {
            throw new ArgumentException(
                $"Expected a positive multiple of {classes} labelled images, found {count}.", nameof(count));
        }
        if (labels.dim() != 1)
        {
            throw new ArgumentException(
                $"Expected labels shaped [N], found [{string.Join(", ", labels.shape)}].", nameof(labels));
        }

        long[] all = labels.to_type(ScalarType.Int64).cpu().data<long>().ToArray();
        int perClass = count / classes;
        var chosen = new List<long>(count);
        for (int c = 0; c < classes; c++)
        {
            var rows = Enumerable.Range(0, all.Length).Where(i => all[i] == c).Select(i => (long)i).ToArray();
            if (rows.Length < perClass)
            {
                throw new ArgumentException(
                    $"Expected at least {perClass} images of class {c}, found {rows.Length}.", nameof(labels));
            }

            // Each class gets its own stream, so adding a class never changes another's draw.
            var random = new SplitMix64(((ulong)(uint)seed << 32) | (uint)c);
            for (int i = 0; i < perClass; i++)
            {
                int j = i + random.NextBelow(rows.Length - i);
                (rows[i], rows[j]) = (rows[j], rows[i]);
            }
            chosen.AddRange(rows.Take(perClass));
        }

        chosen.Sort();
        return [.. chosen];
    }

    /// <summary>A balanced labelled subset of <paramref name="dataset"/> as a dataset of its own.</summary>
    /// <param name="dataset">The full labelled set, e.g. the 60,000 training images.</param>
    /// <param name="count">How many labelled images; a multiple of 10.</param>
    /// <param name="seed">Selects the draw.</param>
    /// <returns>A new dataset the caller disposes.</returns>
    public static ImageDataset Balanced(ImageDataset dataset, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var rows = BalancedIndices(dataset.Labels, count, seed);
        return dataset.Select(rows, $"{count} balanced labels (seed {seed})");
    }
}
