#include "schema.h"

namespace Ledgerlink {

namespace {

// Version 1: the business records Ledgerlink keeps in step (the "home" side).
Migration businessRecords()
{
    return { 1, "business records",
        {
            QStringLiteral("CREATE TABLE tax_types ("
                           " id %PK%,"
                           " name TEXT NOT NULL,"
                           " code TEXT,"
                           " rate_e4 %BIGINT% NOT NULL,"
                           " archived INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX tax_types_name ON tax_types(name)"),
            QStringLiteral("CREATE TABLE accounts ("
                           " id %PK%,"
                           " code TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " type TEXT NOT NULL,"
                           " archived INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX accounts_code ON accounts(code)"),
            QStringLiteral("CREATE TABLE customers ("
                           " id %PK%,"
                           " name TEXT NOT NULL,"
                           " email TEXT,"
                           " phone TEXT,"
                           " account_number TEXT,"
                           " address_line1 TEXT,"
                           " address_line2 TEXT,"
                           " city TEXT,"
                           " region TEXT,"
                           " postal_code TEXT,"
                           " country TEXT,"
                           " archived INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX customers_updated ON customers(updated_at)"),
            QStringLiteral("CREATE TABLE items ("
                           " id %PK%,"
                           " code TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " description TEXT,"
                           " sale_price_minor %BIGINT% NOT NULL DEFAULT 0,"
                           " tax_type_id %BIGINT% REFERENCES tax_types(id),"
                           " account_id %BIGINT% REFERENCES accounts(id),"
                           " archived INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX items_code ON items(code)"),
            // Invoices and credit notes share one shape; `kind` tells them apart.
            QStringLiteral("CREATE TABLE invoices ("
                           " id %PK%,"
                           " kind TEXT NOT NULL DEFAULT 'INVOICE' CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),"
                           " number TEXT NOT NULL,"
                           " customer_id %BIGINT% NOT NULL REFERENCES customers(id),"
                           " issue_date TEXT NOT NULL,"
                           " due_date TEXT,"
                           " status TEXT NOT NULL CHECK (status IN ('DRAFT', 'PENDING_PAYMENT', 'PAID', 'VOID')),"
                           " currency TEXT NOT NULL,"
                           " reference TEXT,"
                           " subtotal_minor %BIGINT% NOT NULL DEFAULT 0,"
                           " tax_minor %BIGINT% NOT NULL DEFAULT 0,"
                           " total_minor %BIGINT% NOT NULL DEFAULT 0,"
                           " amount_paid_minor %BIGINT% NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX invoices_number ON invoices(kind, number)"),
            QStringLiteral("CREATE INDEX invoices_customer ON invoices(customer_id)"),
            QStringLiteral("CREATE INDEX invoices_updated ON invoices(updated_at)"),
            QStringLiteral("CREATE TABLE invoice_lines ("
                           " id %PK%,"
                           " invoice_id %BIGINT% NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " item_id %BIGINT% REFERENCES items(id),"
                           " description TEXT NOT NULL,"
                           " quantity_e4 %BIGINT% NOT NULL,"
                           " unit_price_minor %BIGINT% NOT NULL,"
                           " tax_type_id %BIGINT% REFERENCES tax_types(id),"
                           " account_id %BIGINT% REFERENCES accounts(id),"
                           " line_amount_minor %BIGINT% NOT NULL DEFAULT 0,"
                           " tax_amount_minor %BIGINT% NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX invoice_lines_invoice ON invoice_lines(invoice_id)"),
            QStringLiteral("CREATE TABLE payments ("
                           " id %PK%,"
                           " invoice_id %BIGINT% NOT NULL REFERENCES invoices(id),"
                           " payment_date TEXT NOT NULL,"
                           " amount_minor %BIGINT% NOT NULL,"
                           " account_id %BIGINT% REFERENCES accounts(id),"
                           " reference TEXT,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX payments_invoice ON payments(invoice_id)"),
        } };
}

// Version 2: the integration side. Never a secret in here: `secret_keys` holds only the *names*
// of keychain entries so deleting an integration can remove every secret it owns.
Migration integrationSide()
{
    return { 2, "integrations, links, history",
        {
            QStringLiteral("CREATE TABLE integrations ("
                           " id TEXT PRIMARY KEY,"
                           " provider TEXT NOT NULL,"
                           " app_type TEXT NOT NULL,"
                           " client_id TEXT,"
                           " grant_id TEXT,"
                           " tenant_id TEXT,"
                           " tenant_name TEXT,"
                           " state TEXT NOT NULL,"
                           " enabled INTEGER NOT NULL DEFAULT 0,"
                           " settings_json TEXT NOT NULL DEFAULT '{}',"
                           " redirect_port INTEGER,"
                           " created_at TEXT NOT NULL,"
                           " activated_at TEXT,"
                           " last_successful_poll_at TEXT,"
                           " next_poll_at TEXT,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE secret_keys ("
                           " owner_id TEXT NOT NULL,"
                           " key_name TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " PRIMARY KEY (owner_id, key_name))"),
            QStringLiteral("CREATE TABLE links ("
                           " id %PK%,"
                           " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                           " entity TEXT NOT NULL,"
                           " local_id %BIGINT% NOT NULL,"
                           " remote_id TEXT,"
                           " remote_version TEXT,"
                           " local_version TEXT,"
                           " state TEXT NOT NULL DEFAULT 'LINKED',"
                           " idempotency_key TEXT,"
                           " last_error TEXT,"
                           " last_synced_at TEXT,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX links_local ON links(integration_id, entity, local_id)"),
            QStringLiteral("CREATE UNIQUE INDEX links_remote ON links(integration_id, entity, remote_id)"
                           " WHERE remote_id IS NOT NULL"),
            QStringLiteral("CREATE TABLE sync_runs ("
                           " id %PK%,"
                           " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                           " trigger_kind TEXT NOT NULL,"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT,"
                           " result TEXT NOT NULL DEFAULT 'RUNNING',"
                           " created_count INTEGER NOT NULL DEFAULT 0,"
                           " updated_count INTEGER NOT NULL DEFAULT 0,"
                           " unchanged_count INTEGER NOT NULL DEFAULT 0,"
                           " failed_count INTEGER NOT NULL DEFAULT 0,"
                           " skipped_count INTEGER NOT NULL DEFAULT 0,"
                           " message TEXT,"
                           " detail TEXT,"
                           " host TEXT)"),
            QStringLiteral("CREATE INDEX sync_runs_integration ON sync_runs(integration_id, started_at)"),
            QStringLiteral("CREATE TABLE sync_items ("
                           " id %PK%,"
                           " run_id %BIGINT% NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,"
                           " entity TEXT NOT NULL,"
                           " local_id %BIGINT%,"
                           " remote_id TEXT,"
                           " action TEXT NOT NULL,"
                           " outcome TEXT NOT NULL,"
                           " error_message TEXT,"
                           " detail TEXT,"
                           " correlation_id TEXT,"
                           " at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX sync_items_run ON sync_items(run_id, outcome)"),
            QStringLiteral("CREATE TABLE change_log ("
                           " id %PK%,"
                           " integration_id TEXT,"
                           " run_id %BIGINT%,"
                           " entity TEXT NOT NULL,"
                           " local_id %BIGINT% NOT NULL,"
                           " field TEXT NOT NULL,"
                           " old_value TEXT,"
                           " new_value TEXT,"
                           " source TEXT NOT NULL,"
                           " at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX change_log_record ON change_log(entity, local_id)"),
            QStringLiteral("CREATE TABLE notifications ("
                           " id %PK%,"
                           " integration_id TEXT,"
                           " run_id %BIGINT%,"
                           " severity TEXT NOT NULL,"
                           " title TEXT NOT NULL,"
                           " message TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " is_read INTEGER NOT NULL DEFAULT 0,"
                           " sticky INTEGER NOT NULL DEFAULT 0,"
                           " resolved INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE sync_locks ("
                           " integration_id TEXT PRIMARY KEY,"
                           " holder TEXT NOT NULL,"
                           " acquired_at TEXT NOT NULL,"
                           " heartbeat_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE sync_state ("
                           " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                           " entity TEXT NOT NULL,"
                           " watermark TEXT,"
                           " last_full_sync_at TEXT,"
                           " PRIMARY KEY (integration_id, entity))"),
            QStringLiteral("CREATE TABLE tax_mappings ("
                           " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                           " tax_type_id %BIGINT% NOT NULL REFERENCES tax_types(id),"
                           " remote_code TEXT NOT NULL,"
                           " PRIMARY KEY (integration_id, tax_type_id))"),
        } };
}

// Version 3: History must stay quick to page through with a million runs. Its pages are keyset
// queries ("WHERE integration_id = ? AND id < ? ORDER BY id DESC"); with only the index on
// (integration_id, started_at) every page sorted all of an integration's runs. The same holds
// for a run's items and for the pending writes of the link journal read after a crash.
Migration historyPaging()
{
    return { 3, "history paging indexes",
        {
            QStringLiteral("CREATE INDEX sync_runs_integration_id ON sync_runs(integration_id, id)"),
            QStringLiteral("CREATE INDEX sync_items_run_id ON sync_items(run_id, id)"),
            QStringLiteral("CREATE INDEX links_pending ON links(integration_id, state, updated_at, id)"),
        } };
}

// Version 4: the tax mapping editor offers the provider's tax codes, so the list as last read in
// full is kept per integration (ReferenceDataStep replaces it after each complete read). The
// unused tax_mappings table of version 1 maps a local tax type to one code; it cannot hold a list.
Migration providerTaxRates()
{
    return { 4, "provider tax rates",
        {
            QStringLiteral("CREATE TABLE provider_tax_rates ("
                           " id %PK%,"
                           " integration_id TEXT NOT NULL REFERENCES integrations(id) ON DELETE CASCADE,"
                           " code TEXT NOT NULL,"
                           " name TEXT NOT NULL,"
                           " rate_e4 %BIGINT% NOT NULL,"
                           " archived INTEGER NOT NULL DEFAULT 0,"
                           " read_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX provider_tax_rates_integration ON provider_tax_rates(integration_id, id)"),
        } };
}

} // namespace

QList<Migration> Schema::migrations()
{
    return { businessRecords(), integrationSide(), historyPaging(), providerTaxRates() };
}

} // namespace Ledgerlink
