#include "providercatalog.h"

namespace Ledgerlink {

namespace {

QUrl helpPage(const QString &anchor)
{
    // The same text as docs/providers.md in the repository, published with the project.
    return QUrl(QStringLiteral("https://ledgerlink.example.org/docs/providers.html#") + anchor);
}

} // namespace

QList<ProviderInfo> ProviderCatalog::all()
{
    QList<ProviderInfo> providers;
    providers.append({ QStringLiteral("xero"), tr("Xero"),
        tr("Online accounting for small businesses, popular in New Zealand, Australia and the UK."),
        QStringLiteral(":/icons/provider-xero.svg"), helpPage(QStringLiteral("xero")),
        QUrl(QStringLiteral("https://developer.xero.com/app/manage")),
        { AppType::PkceDesktop, AppType::WebApp, AppType::CustomConnection },
        { QStringLiteral("accounting.contacts"), QStringLiteral("accounting.settings"),
            QStringLiteral("accounting.invoices"), QStringLiteral("accounting.payments") } });
    providers.append({ QStringLiteral("qbo"), tr("QuickBooks Online"),
        tr("Intuit's online accounting, widely used in North America and the UK."),
        QStringLiteral(":/icons/provider-qbo.svg"), helpPage(QStringLiteral("quickbooks-online")),
        QUrl(QStringLiteral("https://developer.intuit.com/app/developer/dashboard")), { AppType::WebApp }, {} });
    providers.append({ QStringLiteral("sage"), tr("Sage Business Cloud Accounting"),
        tr("Sage's cloud accounting for the UK, Ireland, Canada, the US, Spain, France and Germany."),
        QStringLiteral(":/icons/provider-sage.svg"), helpPage(QStringLiteral("sage")),
        QUrl(QStringLiteral("https://developerselfservice.sageone.com/")), { AppType::WebApp }, {} });
    providers.append({ QStringLiteral("myob"), tr("MYOB Business"),
        tr("Accounting and payroll for businesses in Australia and New Zealand."),
        QStringLiteral(":/icons/provider-myob.svg"), helpPage(QStringLiteral("myob")),
        QUrl(QStringLiteral("https://my.myob.com.au/")), { AppType::WebApp }, {} });
    return providers;
}

QList<ProviderInfo> ProviderCatalog::allowed(const QStringList &allowedIds)
{
    QList<ProviderInfo> result;
    for (const ProviderInfo &info : all()) {
        if (allowedIds.contains(info.id, Qt::CaseInsensitive)) {
            result.append(info);
        }
    }
    return result;
}

std::optional<ProviderInfo> ProviderCatalog::find(const QString &id)
{
    for (const ProviderInfo &info : all()) {
        if (info.id == id) {
            return info;
        }
    }
    return std::nullopt;
}

QIcon ProviderCatalog::icon(const QString &id)
{
    const std::optional<ProviderInfo> info = find(id);
    return info ? QIcon(info->iconPath) : QIcon();
}

QString ProviderCatalog::displayName(const QString &id)
{
    const std::optional<ProviderInfo> info = find(id);
    return info ? info->name : id;
}

} // namespace Ledgerlink
