using System.Security.Claims;
using System.Text;
using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Crm.Platform.Features.Auth;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>HMAC-SHA256 key for access tokens, at least 32 characters. Required; there is no built-in default.</summary>
    public string SigningKey { get; set; } = "";
    public string Issuer { get; set; } = "crm";
    public string Audience { get; set; } = "crm-api";
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    internal SymmetricSecurityKey Key => new(Encoding.UTF8.GetBytes(SigningKey));
}

/// <summary>A signed-in session: a short-lived access token and the refresh token that renews it.</summary>
public sealed record SessionTokens(
    string AccessToken,
    DateTimeOffset AccessTokenExpiresAt,
    string RefreshToken,
    DateTimeOffset RefreshTokenExpiresAt,
    CurrentUser User);

/// <summary>The signed-in user as the client needs it: who, what they may do, which records they see.</summary>
public sealed record CurrentUser(
    Guid Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions,
    DataScope Scope,
    IReadOnlyList<Guid> TeamIds);

/// <summary>Builds access tokens from the user's current roles and teams, and starts or rotates refresh tokens.</summary>
internal sealed class TokenIssuer(PlatformDbContext db, IOptions<AuthOptions> options, TimeProvider clock)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<CurrentUser> DescribeAsync(User user, CancellationToken ct)
    {
        var roles = await db.Roles.AsNoTracking().Where(r => user.RoleIds.Contains(r.Id))
            .Select(r => new { r.Name, r.Permissions, r.Scope }).ToListAsync(ct);
        return new CurrentUser(
            user.Id, user.Email, user.DisplayName,
            [.. roles.Select(r => r.Name).Order()],
            [.. roles.SelectMany(r => r.Permissions).Distinct().Order()],
            roles.Count == 0 ? DataScope.Own : roles.Max(r => r.Scope),
            user.TeamIds);
    }

    /// <summary>Issues an access token and a refresh token in <paramref name="familyId"/>; the caller saves.</summary>
    public async Task<(SessionTokens Tokens, RefreshToken Stored)> IssueAsync(User user, Guid familyId, CancellationToken ct)
    {
        var me = await DescribeAsync(user, ct);
        var now = clock.GetUtcNow();
        var expires = now + options.Value.AccessTokenLifetime;

        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, user.Id.ToString()),
            new(JwtRegisteredClaimNames.Email, user.Email),
            new(JwtRegisteredClaimNames.Name, user.DisplayName),
            new(CrmClaims.Kind, PrincipalKinds.Staff),
            new(CrmClaims.Scope, me.Scope.ToString()),
        };
        claims.AddRange(me.Permissions.Select(p => new Claim(CrmClaims.Permission, p)));
        claims.AddRange(me.TeamIds.Select(t => new Claim(CrmClaims.Team, t.ToString())));

        var access = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = options.Value.Issuer,
            Audience = options.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(options.Value.Key, SecurityAlgorithms.HmacSha256),
        });
        var (stored, secret) = RefreshToken.Issue(user.Id, familyId, now);
        db.RefreshTokens.Add(stored);
        return (new SessionTokens(access, expires, secret, stored.ExpiresAt, me), stored);
    }

    public static TokenValidationParameters ValidationParameters(AuthOptions options) => new()
    {
        ValidIssuer = options.Issuer,
        ValidAudience = options.Audience,
        IssuerSigningKey = options.Key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = JwtRegisteredClaimNames.Name,
        ClockSkew = TimeSpan.FromSeconds(30),
    };
}
