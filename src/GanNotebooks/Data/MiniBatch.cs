using static TorchSharp.torch;

namespace GanNotebooks.Data;

/// <summary>One shuffled mini-batch of images and labels, drawn by <see cref="MiniBatchSampler"/>.
/// </summary>
/// <remarks>
/// The batch owns fresh tensors (copies made with <c>index_select</c>, not views) and the caller
/// owns the batch: dispose it at the end of the step, or let a dispose scope that was open when
/// the batch was drawn free it.
/// </remarks>
public sealed class MiniBatch : IDisposable
{
    /// <summary>Wraps the tensors of one batch.</summary>
    /// <param name="images">Float32 images of shape [B, 1, 28, 28].</param>
    /// <param name="labels">Int64 labels of shape [B].</param>
    /// <param name="indices">The dataset rows the batch holds, in batch order.</param>
    public MiniBatch(Tensor images, Tensor labels, IReadOnlyList<long> indices)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(indices);
        Images = images;
        Labels = labels;
        Indices = indices;
    }

    /// <summary>The images, float32 of shape [B, 1, 28, 28], in [-1, 1].</summary>
    public Tensor Images { get; }

    /// <summary>The labels, int64 of shape [B].</summary>
    public Tensor Labels { get; }

    /// <summary>The dataset rows in this batch, in batch order.</summary>
    public IReadOnlyList<long> Indices { get; }

    /// <summary>The number of images in the batch, B.</summary>
    public int Count => Indices.Count;

    /// <summary>Frees both tensors; safe to call more than once.</summary>
    public void Dispose()
    {
        Images.Dispose();
        Labels.Dispose();
    }
}
