-- The employee's identity at the municipality's identity provider (the claim named by LAGET_OIDC_CLAIM, for example
-- "sub", or "oid" in Entra ID), set by the administrator. A single sign-on login finds the employee by this value only;
-- units and roles stay in Laget. Blank is stored as null: the employee cannot sign in through the identity provider.
alter table employee add column external_identity varchar(200);
create unique index employee_external_identity_key on employee (external_identity) where external_identity is not null;
