using System.Security.Cryptography;
using System.Text;
using Crm.SharedKernel.Domain;

namespace Crm.Platform.Domain;

/// <summary>
/// One link in a refresh-token family (one sign-in). Only a SHA-256 of the token is stored. Each use rotates
/// it; presenting a token that was already rotated means it was stolen, so the whole family is revoked.
/// </summary>
internal sealed class RefreshToken : Entity
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private RefreshToken() { }

    public Guid UserId { get; private set; }
    public Guid FamilyId { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public Guid? ReplacedById { get; private set; }
    public string? RevokedReason { get; private set; }

    /// <summary>Issues a token; returns the entity to store and the secret to hand to the client once.</summary>
    public static (RefreshToken Token, string Secret) Issue(Guid userId, Guid familyId, DateTimeOffset now)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new RefreshToken
        {
            UserId = userId,
            FamilyId = familyId,
            TokenHash = Hash(secret),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        }, secret);
    }

    public static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
    public bool WasRotated => ReplacedById is not null;

    public void RotateTo(RefreshToken next, DateTimeOffset now)
    {
        ReplacedById = next.Id;
        Revoke(now, "rotated");
    }

    public void Revoke(DateTimeOffset now, string reason)
    {
        if (RevokedAt is not null) return;
        RevokedAt = now;
        RevokedReason = reason;
    }
}
