using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Auth;

public sealed record GetCurrentUser : IQuery<Result<CurrentUser>>;

internal sealed class GetCurrentUserHandler(PlatformDbContext db, ICurrentUser me, TokenIssuer tokens)
    : IQueryHandler<GetCurrentUser, Result<CurrentUser>>
{
    public async ValueTask<Result<CurrentUser>> Handle(GetCurrentUser query, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == me.Id, ct);
        return user is null ? PlatformErrors.UserNotFound(me.Id) : await tokens.DescribeAsync(user, ct);
    }
}
