using GanNotebooks.Models;
using static TorchSharp.torch;

namespace GanNotebooks.Training;

public sealed partial class Gan
{
    /// <summary>
    /// Carries the discriminator's verdict on the given latents back into the generator's
    /// weights without changing any: G(z) is scored by the frozen discriminator (dropout off),
    /// the generator loss is backpropagated, and the gradient norm of every generator parameter
    /// is read. The gradients are cleared afterwards.
    /// </summary>
    /// <param name="latent">Latent vectors [N, LatentSize].</param>
    /// <param name="loss">The loss to backpropagate; the pair's own loss when omitted.</param>
    /// <returns>Each generator parameter's name and gradient norm, in layer order.</returns>
    public IReadOnlyList<(string Name, double Norm)> GeneratorGradientNorms(
        Tensor latent, GeneratorLoss? loss = null)
    {
        Generator.CheckLatent(latent, nameof(latent));
        using var scope = NewDisposeScope();
        SetTrainable(Discriminator, false);
        Discriminator.eval();
        try
        {
            var logits = Discriminator.call(Generator.call(latent));
            var value = (loss ?? Options.GeneratorLoss) == GeneratorLoss.NonSaturating
                ? nn.functional.softplus(-logits).mean()
                : -nn.functional.softplus(logits).mean();
            generatorOptimizer.zero_grad();
            value.backward();
            var norms = GradientNorms.PerParameter(Generator);
            generatorOptimizer.zero_grad();
            return norms;
        }
        finally
        {
            Discriminator.train();
            SetTrainable(Discriminator, true);
        }
    }
}
