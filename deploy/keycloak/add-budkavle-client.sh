#!/bin/sh
# Adds Budkavle's client and its client roles to an existing realm with Keycloak's admin CLI (see docs/keycloak.md).
# Usage: KCADM=/opt/keycloak/bin/kcadm.sh REALM=stad ./add-budkavle-client.sh   (after `kcadm.sh config credentials …`)
# Edit budkavle-client.json first: the intranet's and the hub's origins replace the example.se placeholders.
set -eu
KCADM="${KCADM:-kcadm.sh}"
REALM="${REALM:?set REALM to your realm}"
HERE="$(cd "$(dirname "$0")" && pwd)"
if grep -q 'example\.se' "$HERE/budkavle-client.json"; then
	echo "budkavle-client.json still names example.se: put your intranet's and hub's origins there first." >&2
	exit 1
fi
"$KCADM" create clients -r "$REALM" -f "$HERE/budkavle-client.json"
CLIENT_ID="$("$KCADM" get clients -r "$REALM" -q clientId=budkavle-widgets --fields id --format csv --noquotes)"
for role in communicator hr admin; do
	"$KCADM" create "clients/$CLIENT_ID/roles" -r "$REALM" -s "name=$role" -s "description=Budkavle: $role"
done
echo "Done. Give people the roles under Clients > budkavle-widgets > Roles, and set budkavle.identity.roles-claim=budkavle_roles."
