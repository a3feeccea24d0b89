-- News: images uploaded for posts, kept in the city's own database. Only the re-encoded image is stored (PNG or JPEG,
-- no metadata such as camera, place or time), never the file as uploaded. Versioned 18.3 (issue 18, point 3) to stay
-- clear of other branches' versions.
create table attachment (
    id           uuid primary key default gen_random_uuid(),
    uploaded_by  uuid not null references person (id),
    content_type text not null check (content_type in ('image/png', 'image/jpeg')),
    width        int not null check (width > 0),
    height       int not null check (height > 0),
    bytes        bytea not null,
    uploaded_at  timestamptz not null
);
