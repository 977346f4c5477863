/** Interface strings in Arabic. A key left out falls back to English. */
import type { Dictionary } from './dictionary.ts';

export const ar = {
  'site.name': 'Practice Exchange',
  'site.description':
    'مذكرات ممارسات ونتائج مؤتمرات وشبكات من الجمعيات الوطنية للصليب الأحمر والهلال الأحمر وشركائها العاملين في مكافحة الاتجار بالبشر.',

  'skip.toContent': 'الانتقال إلى المحتوى الرئيسي',
  'nav.label': 'القائمة الرئيسية',
  'nav.home': 'الرئيسية',
  'nav.practices': 'الممارسات',
  'nav.events': 'الفعاليات',
  'nav.networks': 'الشبكات',
  'nav.organisations': 'المنظمات',
  'nav.search': 'البحث',

  'language.label': 'اللغة',
  'language.choose': 'اقرأ هذه الصفحة بلغة أخرى',

  'footer.label': 'عن هذا الموقع',
  'footer.about': 'عن الموقع',
  'footer.contribute': 'كيفية المساهمة',
  'footer.accessibility': 'إمكانية الوصول',
  'footer.privacy': 'الخصوصية',
  'footer.promise':
    'لا يتتبع هذا الموقع أحدًا، ولا يستخدم ملفات تعريف الارتباط، ولا يحتفظ أبدًا بأي بيانات عن ضحايا الاتجار بالبشر.',

  'breadcrumbs.label': 'أنت هنا',

  'home.title': 'Practice Exchange',
  'home.lead':
    'Practice Exchange هي المنصة التي تتبادل فيها الجمعيات الوطنية للصليب الأحمر والهلال الأحمر وشركاؤها ما ينجح في مكافحة الاتجار بالبشر. ستجد هنا مذكرات ممارسات تناسب وضعك، ونتائج المؤتمرات السابقة، والأشخاص الذين يمكنك التواصل معهم.',
  'home.browseGroups': 'تصفح حسب الفئة المستضعفة',
  'home.browseThemes': 'تصفح حسب مرحلة الاستجابة',
  'home.latestPractices': 'أحدث مذكرات الممارسات',
  'home.allPractices': 'جميع مذكرات الممارسات',
  'home.events': 'الفعاليات',
  'home.allEvents': 'جميع الفعاليات',
  'home.networks': 'الشبكات',

  'practices.title': 'مذكرات الممارسات',
  'practices.lead':
    'ممارسات جيدة من الجمعيات الوطنية وشركائها: كيف تتعرف على الأشخاص المتضررين من الاتجار بالبشر وتحيلهم وتدعمهم، والأدوات التي استخدمتها في ذلك.',
  'practices.count.zero': 'لا توجد مذكرات ممارسات',
  'practices.count.one': 'مذكرة ممارسة واحدة',
  'practices.count.two': 'مذكرتا ممارسة',
  'practices.count.few': '{count} مذكرات ممارسة',
  'practices.count.many': '{count} مذكرة ممارسة',
  'practices.count.other': '{count} مذكرة ممارسة',

  'events.title': 'الفعاليات',
  'events.lead': 'مؤتمرات واجتماعات، مع نتائجها والممارسات التي عُرضت فيها.',
  'events.upcoming': 'الفعاليات القادمة',
  'events.past': 'الفعاليات السابقة',
  'events.noUpcoming': 'لا توجد فعاليات قادمة مُدرجة حاليًا.',

  'networks.title': 'الشبكات',
  'networks.lead': 'شبكات الحركة وائتلافات المشاريع والمنصات الإقليمية، مع أعضائها واجتماعاتها.',
  'networks.members.zero': 'لا يوجد أعضاء',
  'networks.members.one': 'عضو واحد',
  'networks.members.two': 'عضوان',
  'networks.members.few': '{count} أعضاء',
  'networks.members.many': '{count} عضوًا',
  'networks.members.other': '{count} عضو',

  'organisations.title': 'المنظمات',
  'organisations.lead':
    'الجمعيات الوطنية والمنظمات الدولية والهيئات العامة والجهات المانحة التي تقف وراء الممارسات والفعاليات.',

  'themes.title': 'مراحل الاستجابة',
  'themes.lead':
    'من التعرف على علامات الاتجار بالبشر إلى الدعم طويل الأمد: مذكرات الممارسات حسب مرحلة الاستجابة.',
  'groups.title': 'الفئات المستضعفة',
  'groups.lead': 'مذكرات الممارسات حسب فئة الأشخاص الذين تخدمهم.',

  'search.title': 'البحث',
  'search.lead': 'هل تبحث عن موضوع أو بلد أو منظمة؟ ابدأ من إحدى هذه القوائم.',

  'field.type': 'النوع',
  'field.themes': 'مراحل الاستجابة',
  'field.groups': 'الفئات المستضعفة',
  'field.organisations': 'المنظمات',
  'field.countries': 'البلدان',
  'field.country': 'البلد',
  'field.period': 'الفترة',
  'field.status': 'الحالة',
  'field.evidence': 'مستوى الأدلة',
  'field.published': 'تاريخ النشر',
  'field.updated': 'تاريخ التحديث',
  'field.reviewBy': 'موعد المراجعة',
  'field.date': 'التاريخ',
  'field.format': 'الصيغة',
  'field.location': 'المكان',
  'field.organisers': 'الجهات المنظمة',
  'field.networks': 'الشبكات',
  'field.coordinator': 'الجهة المنسقة',
  'field.funders': 'بتمويل من',
  'field.founded': 'تاريخ التأسيس',
  'field.closed': 'تاريخ الإغلاق',
  'field.website': 'الموقع الإلكتروني',
  'field.kind': 'الفئة',
  'field.contact': 'جهة الاتصال',

  'practiceType.guidance': 'إرشادات',
  'practiceType.training': 'تدريب أو وحدة تعليمية إلكترونية',
  'practiceType.referral-pathway': 'مسار إحالة',
  'practiceType.tool': 'أداة أو نموذج',
  'practiceType.case-study': 'دراسة حالة',
  'practiceType.research': 'بحث',
  'practiceType.policy': 'سياسة',

  'practiceStatus.piloted': 'في مرحلة تجريبية',
  'practiceStatus.ongoing': 'جارية',
  'practiceStatus.completed': 'مكتملة',

  'evidenceLevel.promising': 'واعدة',
  'evidenceLevel.evaluated': 'مُقيَّمة',
  'evidenceLevel.established': 'راسخة',

  'resourceFormat.pdf': 'PDF',
  'resourceFormat.document': 'مستند',
  'resourceFormat.spreadsheet': 'جدول بيانات',
  'resourceFormat.presentation': 'عرض تقديمي',
  'resourceFormat.video': 'فيديو',
  'resourceFormat.audio': 'تسجيل صوتي',
  'resourceFormat.e-learning': 'تعلّم إلكتروني',
  'resourceFormat.web': 'صفحة ويب',

  'eventFormat.in-person': 'حضوري',
  'eventFormat.online': 'عبر الإنترنت',
  'eventFormat.hybrid': 'حضوري وعبر الإنترنت',

  'outputKind.report': 'تقارير',
  'outputKind.slides': 'شرائح العرض',
  'outputKind.recording': 'تسجيلات',
  'outputKind.e-module': 'وحدات تعليمية إلكترونية',
  'outputKind.photos': 'صور',
  'outputKind.summary': 'ملخصات',
  'outputKind.guidance': 'إرشادات',

  'networkKind.movement-network': 'شبكة تابعة للحركة',
  'networkKind.project-consortium': 'ائتلاف مشروع',
  'networkKind.regional-platform': 'منصة إقليمية',

  'organisationKind.national-society': 'جمعية وطنية',
  'organisationKind.ifrc': 'الاتحاد الدولي',
  'organisationKind.icrc': 'اللجنة الدولية',
  'organisationKind.international-organisation': 'منظمة دولية',
  'organisationKind.government-body': 'هيئة حكومية',
  'organisationKind.ngo': 'منظمة غير حكومية',
  'organisationKind.academic': 'مؤسسة أكاديمية',
  'organisationKind.funder': 'جهة مانحة',

  'practice.about': 'عن هذه الممارسة',
  'practice.resources': 'الموارد',
  'practice.presentedAt': 'عُرضت في',
  'practice.related': 'ممارسات ذات صلة',
  'practice.reviewOverdue': 'كان من المقرر مراجعة هذه المذكرة في {date}. قد تكون بعض التفاصيل غير محدَّثة.',
  'practice.contentWarning': 'تنبيه بشأن المحتوى',
  'practice.periodFrom': 'منذ {start}',

  'event.about': 'عن هذه الفعالية',
  'event.outputs': 'المخرجات',
  'event.outputNotOnline': 'غير متاح على الإنترنت بعد: تواصل مع الجهات المنظمة.',
  'event.practices': 'الممارسات المعروضة',
  'event.agenda': 'جدول الأعمال',
  'event.register': 'التسجيل',
  'event.registerBy': 'التسجيل حتى {date}',

  'network.about': 'عن هذه الشبكة',
  'network.members': 'الأعضاء',
  'network.events': 'الاجتماعات والفعاليات',
  'network.practices': 'ممارسات أعضائها',

  'organisation.about': 'عن هذه المنظمة',
  'organisation.practices': 'مذكرات الممارسات',
  'organisation.events': 'الفعاليات التي نظمتها',
  'organisation.networks': 'الشبكات',

  'term.practices': 'مذكرات الممارسات',

  'entry.languages': 'هذا المحتوى بلغات أخرى',
  'entry.fallback': 'هذا المحتوى غير متاح بعد باللغة {language}. أنت تقرأ النص الأصلي باللغة {original}.',
  'entry.none': 'لا توجد عناصر مُدرجة بعد.',

  'notFound.title': 'الصفحة غير موجودة',
  'notFound.lead': 'لا توجد صفحة على هذا العنوان. ربما نُقلت، أو ربما كُتب الرابط بشكل خاطئ.',
  'notFound.home': 'الانتقال إلى الصفحة الرئيسية',
} satisfies Dictionary;
