#!/bin/sh
echo "Claimdesk does not use Prisma's native schema engine: use npm run db:migrate / db:migration / db:status." >&2
exit 1
