-- The data controller's auditor reads every child's access log (and nothing else of a child).
alter table employee_role drop constraint employee_role_role_check;
alter table employee_role add constraint employee_role_role_check
    check (role in ('EMPLOYEE', 'UNIT_LEADER', 'CHILD_WELFARE_INTAKE', 'MUNICIPAL_STAFF', 'ADMINISTRATOR', 'AUDITOR'));
