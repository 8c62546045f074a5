using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace GanNotebooks.Classification;

/// <summary>
/// The losses of a K+1 discriminator: logits [N, K+1] over K classes and a last "fake" class.
/// With p = softmax(logits), a real image should get p(fake) near 0 and a generated one near 1.
/// </summary>
/// <remarks>
/// Every loss is written with log-sum-exp, so none takes the logarithm of a rounded probability:
/// <c>-log(1 - p(fake)) = logsumexp(all) - logsumexp(classes)</c> and
/// <c>-log p(fake) = logsumexp(all) - fake logit</c>.
/// </remarks>
public static class SemiSupervisedLoss
{
    /// <summary>Cross entropy of the true class on labelled real images.</summary>
    /// <param name="logits">Logits [N, K+1].</param>
    /// <param name="labels">Int64 labels [N], from 0 to K - 1.</param>
    /// <returns>The mean loss, a scalar.</returns>
    public static Tensor Supervised(Tensor logits, Tensor labels)
    {
        Check(logits, nameof(logits));
        ArgumentNullException.ThrowIfNull(labels);
        return cross_entropy(logits, labels);
    }

    /// <summary>-log(1 - p(fake)) on real images, labelled or not: "this is some real class".</summary>
    /// <param name="logits">Logits [N, K+1].</param>
    /// <returns>The mean loss, a scalar.</returns>
    public static Tensor Real(Tensor logits)
    {
        Check(logits, nameof(logits));
        long k = logits.shape[1] - 1;
        return (logits.logsumexp(1) - logits.narrow(1, 0, k).logsumexp(1)).mean();
    }

    /// <summary>-log p(fake) on generated images: "this is fake".</summary>
    /// <param name="logits">Logits [N, K+1].</param>
    /// <returns>The mean loss, a scalar.</returns>
    public static Tensor Fake(Tensor logits)
    {
        Check(logits, nameof(logits));
        long k = logits.shape[1] - 1;
        return (logits.logsumexp(1) - logits.select(1, k)).mean();
    }

    /// <summary>
    /// The generator's non-saturating loss: -log(1 - p(fake)) on its own images, i.e.
    /// <see cref="Real"/> applied to generated images.
    /// </summary>
    /// <param name="logits">Logits [N, K+1] of generated images.</param>
    /// <returns>The mean loss, a scalar.</returns>
    public static Tensor Generator(Tensor logits) => Real(logits);

    /// <summary>The class predicted among the K real classes, ignoring the fake class.</summary>
    /// <param name="logits">Logits [N, K+1].</param>
    /// <returns>Int64 predictions [N], from 0 to K - 1.</returns>
    public static Tensor PredictClass(Tensor logits)
    {
        Check(logits, nameof(logits));
        return logits.narrow(1, 0, logits.shape[1] - 1).argmax(1);
    }

    private static void Check(Tensor logits, string name)
    {
        ArgumentNullException.ThrowIfNull(logits, name);
        if (logits.dim() != 2 || logits.shape[1] < 3)
        {
            throw new ArgumentException(
                $"Expected logits shaped [N, K+1] with K >= 2, found [{string.Join(", ", logits.shape)}].",
                name);
        }
    }
}
