using GanNotebooks.Display;
using static TorchSharp.torch;

namespace GanNotebooks.Training;

/// <summary>
/// A few fixed latent vectors drawn by the generator at chosen steps: one row per step, the same
/// latent in each column, so a column shows one image taking shape over training.
/// </summary>
public sealed class ProgressionStrip : IDisposable
{
    private readonly Tensor latent;
    private readonly List<Tensor> rows = [];
    private readonly List<long> steps = [];

    /// <summary>Draws the fixed latent vectors.</summary>
    /// <param name="count">Images per row.</param>
    /// <param name="latentSize">Length of each latent vector.</param>
    /// <param name="seed">Seeds the latent vectors.</param>
    public ProgressionStrip(int count, int latentSize, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(latentSize, 1);
        using var random = new TorchSharp.torch.Generator((ulong)seed);
        latent = randn(count, latentSize, generator: random).DetachFromDisposeScope();
    }

    /// <summary>The steps captured so far, one per row.</summary>
    public IReadOnlyList<long> Steps => steps;

    /// <summary>Adds a row: the fixed latents through the current generator.</summary>
    /// <param name="gan">The networks.</param>
    /// <param name="step">The step to label the row with.</param>
    public void Capture(Gan gan, long step)
    {
        ArgumentNullException.ThrowIfNull(gan);
        rows.Add(gan.Generate(latent).DetachFromDisposeScope());
        steps.Add(step);
    }

    /// <summary>All rows as one PNG, oldest at the top.</summary>
    /// <returns>The strip.</returns>
    /// <exception cref="InvalidOperationException">Nothing was captured yet.</exception>
    public PngImage ToPng()
    {
        if (rows.Count == 0) throw new InvalidOperationException("Capture at least one row first.");
        using var scope = NewDisposeScope();
        return ImageGrid.ToPng(cat(rows, 0), columns: (int)latent.shape[0]);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        latent.Dispose();
        foreach (var row in rows) row.Dispose();
        rows.Clear();
    }
}
