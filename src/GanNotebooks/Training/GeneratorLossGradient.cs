using static TorchSharp.torch;
using static TorchSharp.torch.nn.functional;

namespace GanNotebooks.Training;

/// <summary>
/// The gradient of each generator loss with respect to the discriminator's logit l, where
/// D = sigmoid(l): the factor every generator gradient is multiplied by on its way back.
/// </summary>
public static class GeneratorLossGradient
{
    /// <summary>
    /// dL/dl in closed form. Minimax, L = log(1 - sigmoid(l)): dL/dl = -D, which vanishes as D
    /// goes to 0. Non-saturating, L = -log sigmoid(l): dL/dl = -(1 - D), which is largest there.
    /// </summary>
    /// <param name="loss">Which generator loss.</param>
    /// <param name="score">D(G(z)), in (0, 1).</param>
    /// <returns>The derivative of the loss with respect to the logit.</returns>
    public static double Analytic(GeneratorLoss loss, double score)
    {
        if (!(score > 0 && score < 1))
            throw new ArgumentOutOfRangeException(nameof(score), score, "Expected a score in (0, 1).");
        return loss == GeneratorLoss.Minimax ? -score : -(1 - score);
    }

    /// <summary>
    /// dL/dl measured by autograd, one value per logit, the loss of each image on its own.
    /// </summary>
    /// <param name="loss">Which generator loss.</param>
    /// <param name="logits">The discriminator's logits for generated images, any shape.</param>
    /// <returns>The derivative for each logit, flattened.</returns>
    public static double[] Measured(GeneratorLoss loss, Tensor logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        using var scope = NewDisposeScope();
        var l = logits.detach().to_type(ScalarType.Float64).requires_grad_(true);

        // Summed rather than averaged, so that each entry is one image's own derivative.
        // log(1 - sigmoid(l)) = -softplus(l) and -log sigmoid(l) = softplus(-l).
        var value = loss == GeneratorLoss.Minimax ? -softplus(l).sum() : softplus(-l).sum();
        value.backward();
        return l.grad!.flatten().data<double>().ToArray();
    }
}
