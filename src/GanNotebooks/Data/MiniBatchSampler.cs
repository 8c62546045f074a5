using static TorchSharp.torch;

namespace GanNotebooks.Data;

/// <summary>
/// Draws shuffled mini-batches from an <see cref="ImageDataset"/>, one fresh permutation per
/// epoch, reproducibly: the same seed and epoch always give the same batches, on any machine.
/// </summary>
/// <example>
/// <code>
/// var sampler = new MiniBatchSampler(dataset, batchSize: 64, seed: 42);
/// foreach (MiniBatch batch in sampler.Epoch(epoch))
/// {
///     using (batch)
///     using (var scope = torch.NewDisposeScope())
///     {
///         // one training step on batch.Images
///     }
/// }
/// </code>
/// </example>
public sealed class MiniBatchSampler
{
    /// <summary>Prepares batches of <paramref name="batchSize"/> images of a dataset.</summary>
    /// <param name="dataset">The dataset to draw from; the sampler does not own it.</param>
    /// <param name="batchSize">Images per batch, from 1 to the dataset's count.</param>
    /// <param name="seed">Fixes the order of every epoch.</param>
    /// <param name="dropLast">
    /// Skip the last, smaller batch of an epoch (the default), so every step sees the same batch
    /// size and batch statistics stay comparable.
    /// </param>
    public MiniBatchSampler(ImageDataset dataset, int batchSize, int seed, bool dropLast = true)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (batchSize < 1 || batchSize > dataset.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize,
                $"Expected a batch size from 1 to {dataset.Count} (the images in "
                + $"{dataset.Source}), found {batchSize}.");
        }

        Dataset = dataset;
        BatchSize = batchSize;
        Seed = seed;
        DropLast = dropLast;
    }

    /// <summary>The dataset the batches come from.</summary>
    public ImageDataset Dataset { get; }

    /// <summary>Images per batch; a last batch that is not dropped may hold fewer.</summary>
    public int BatchSize { get; }

    /// <summary>The seed that, with the epoch number, fixes each epoch's order.</summary>
    public int Seed { get; }

    /// <summary>Whether the last, smaller batch of an epoch is skipped.</summary>
    public bool DropLast { get; }

    /// <summary>How many batches <see cref="Epoch"/> yields.</summary>
    public int BatchesPerEpoch => DropLast
        ? Dataset.Count / BatchSize
        : (Dataset.Count + BatchSize - 1) / BatchSize;

    /// <summary>
    /// The order in which <paramref name="epoch"/> visits the dataset: every index from 0 to
    /// N - 1 exactly once, shuffled by a generator seeded from <see cref="Seed"/> and the epoch.
    /// </summary>
    /// <param name="epoch">The epoch number, from 0.</param>
    /// <returns>A new array the caller may keep.</returns>
    public int[] Permutation(int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        int[] order = new int[Dataset.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Seed and epoch fill the two halves of one 64-bit word, so no two pairs share a stream;
        // one round of mixing spreads neighbouring epochs far apart before the shuffle starts.
        ulong word = ((ulong)(uint)Seed << 32) | (uint)epoch;
        var random = new SplitMix64(new SplitMix64(word).NextUInt64());

        // Fisher-Yates: each of the N! orders is equally likely.
        for (int i = order.Length - 1; i > 0; i--)
        {
            int j = random.NextBelow(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    /// <summary>
    /// The batches of one epoch, in the order <see cref="Permutation"/> gives.
    /// </summary>
    /// <remarks>
    /// Each batch is copied out of the dataset with <c>index_select</c> when the enumeration
    /// reaches it, and the caller owns it: dispose each batch (<c>using (batch)</c> at the top
    /// of the loop body). A dispose scope opened inside the loop body does not own the batch,
    /// since the batch was made before the scope; one opened around the whole loop does, but
    /// then holds every batch of the epoch until it closes.
    /// </remarks>
    /// <param name="epoch">The epoch number, from 0; each epoch has its own order.</param>
    /// <returns><see cref="BatchesPerEpoch"/> batches.</returns>
    public IEnumerable<MiniBatch> Epoch(int epoch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        return Enumerate(epoch);
    }

    private IEnumerable<MiniBatch> Enumerate(int epoch)
    {
        int[] order = Permutation(epoch);
        for (int batch = 0; batch < BatchesPerEpoch; batch++)
        {
            int start = batch * BatchSize;
            int size = Math.Min(BatchSize, order.Length - start);
            long[] indices = new long[size];
            for (int i = 0; i < size; i++)
            {
                indices[i] = order[start + i];
            }

            Tensor images;
            Tensor labels;
            using (Tensor index = tensor(indices))
            {
                images = Dataset.Images.index_select(0, index);
                labels = Dataset.Labels.index_select(0, index);
            }

            yield return new MiniBatch(images, labels, Array.AsReadOnly(indices));
        }
    }
}
