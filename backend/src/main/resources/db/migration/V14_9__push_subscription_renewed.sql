-- Delivery: when each browser's push subscription was last renewed (issue 14, point 3). The widget posts its browser's
-- subscription again each time it loads, which renews it; the retention rule push-subscriptions deletes the ones not
-- renewed for its period (a browser no longer used, or whose subscription the push service silently dropped) and those
-- of people no longer active. Versioned 14.9.
alter table web_push_subscription add column renewed_at timestamptz;

update web_push_subscription set renewed_at = coalesce(last_used_at, created_at);

alter table web_push_subscription alter column renewed_at set not null;

alter table web_push_subscription alter column renewed_at set default now();

create index web_push_subscription_renewed_idx on web_push_subscription (renewed_at);
