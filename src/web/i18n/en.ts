import { accountabilityEn } from "../accountability/i18n.ts";
import { assessmentEn } from "../assessment/i18n.ts";
import { auditEn } from "../audit/i18n.ts";
import { calendarEn } from "../calendar/i18n.ts";
import { campaignsEn } from "../campaigns/i18n.ts";
import { casesEn } from "../cases/i18n.ts";
import { complaintsEn } from "../complaints/i18n.ts";
import { complianceEn } from "../compliance/i18n.ts";
import { counterExceptionsEn } from "../counter-exceptions/i18n.ts";
import { improvementsEn } from "../improvements/i18n.ts";
import { incidentsEn } from "../incidents/i18n.ts";
import { inspectionsEn } from "../inspections/i18n.ts";
import { knowhowEn } from "../knowhow/i18n.ts";
import { linksEn } from "../links/i18n.ts";
import { outboxEn } from "../notifications/outbox/i18n.ts";
import { opinionEn } from "../opinion/i18n.ts";
import { rosterEn } from "../roster/i18n.ts";
import { scriptsEn } from "../scripts/i18n.ts";
import { selfEvaluationsEn } from "../self-evaluations/i18n.ts";
import { trainingEn } from "../training/i18n.ts";
import { warningsEn } from "../warnings/i18n.ts";
import { watchEn } from "../watch/i18n.ts";
import type { Dictionary } from "./zh.ts";

/** The English texts; typed by the Chinese dictionary so that a key missing on either side fails the build. */
export const en: Dictionary = {
  "app.name": "Outlet Emergency & Complaint Management",
  "app.shortName": "Bulwark",
  "app.tagline":
    "One place for outlet service emergencies, counter exceptions, customer complaints and consumer protection",
  "app.license": "Bulwark · open source · Apache-2.0",
  "lang.switch": "Language",
  "lang.zh": "中文",
  "lang.en": "English",

  "common.loading": "Loading…",
  "common.save": "Save",
  "common.cancel": "Cancel",
  "common.confirm": "OK",
  "common.idType": "Document type",
  "common.edit": "Edit",
  "common.actions": "Actions",
  "common.colon": ": ",
  "common.search": "Search",
  "common.reset": "Reset",
  "common.loadMore": "Load more",
  "common.allLoaded": "All {count} loaded",
  "common.retry": "Retry",
  "common.none": "—",
  "common.saved": "Saved",
  "common.loadFailed": "Could not load the data",

  "error.network": "Cannot reach the server; check the network and try again",
  "error.http": "The server answered with an error (HTTP {status}); please try again later",
  "error.forbiddenTitle": "No access",
  "error.forbiddenText": "Your role may not open this page. Ask your administrator if you need it.",
  "error.notFoundTitle": "Page not found",
  "error.notFoundText": "This address does not exist; use the menu on the left.",
  "error.backHome": "Back to home",
  "error.pageTitle": "The page could not be loaded",
  "error.pageText": "The system may just have been upgraded; reload the page and try again.",
  "error.reload": "Reload",

  "login.title": "Sign in",
  "login.subtitle": "Use the account your bank gave you",
  "login.username": "Username",
  "login.password": "Password",
  "login.usernameRequired": "Enter your username",
  "login.passwordRequired": "Enter your password",
  "login.submit": "Sign in",
  "login.expired": "Your session ended after a period without activity; please sign in again",
  "login.help": "Forgot your password or locked out? Ask your unit's administrator to reset it.",

  "nav.home": "Home",
  "nav.org": "Organisation",
  "nav.users": "Users",
  "nav.audit": "Audit log",
  "nav.openMenu": "Open menu",
  "nav.group.respond": "Emergencies",
  "nav.group.complaints": "Complaint handling",
  "nav.group.protection": "Consumer protection",
  "nav.group.learning": "Training and know-how",
  "nav.group.settings": "Settings",

  "user.changePassword": "Change password",
  "user.logout": "Sign out",

  "password.current": "Current password",
  "password.new": "New password",
  "password.confirm": "Repeat new password",
  "password.policy": "At least {min} characters from three of: lower case, upper case, digits, symbols",
  "password.weak": "Too weak; see the rule below",
  "password.mismatch": "The two new passwords differ",
  "password.required": "Enter a password",
  "password.changed": "Password changed; your sessions on other devices have ended",
  "password.mustChange":
    "An administrator reset your password. Choose a new one that only you know before you go on.",
  "password.changeTitle": "Change password",

  "home.greeting.default": "Hello, {name}",
  "home.greeting.morning": "Good morning, {name}",
  "home.greeting.afternoon": "Good afternoon, {name}",
  "home.greeting.evening": "Good evening, {name}",
  "home.role": "Role",
  "home.unit": "Unit",
  "home.username": "Username",
  "home.dutyPhone": "Unit duty phone",
  "home.dutyTitle": "Your part in the platform",
  "home.shortcutsTitle": "Shortcuts",
  "home.available": "The menu on the left and the shortcuts below list only what your role may use.",
  "home.sessionTitle": "Sign-in and session safety",
  "home.sessionExpires": "Without any activity this session ends at {time}; every action extends it.",
  "home.sessionAdvice":
    "Sign out when you leave your desk. After {max} wrong passwords in a row the account is locked for {minutes} minutes.",
  "home.shortcut.orgView": "Organisation tree",
  "home.shortcut.orgViewText": "Your unit, the units below it and their duty phones",
  "home.shortcut.orgManage": "Manage units",
  "home.shortcut.orgManageText": "Add units, rename them, set duty phones, move them",
  "home.shortcut.usersView": "Colleagues",
  "home.shortcut.usersViewText": "People and roles in your unit and below",
  "home.shortcut.usersManage": "Manage users",
  "home.shortcut.usersManageText": "Open accounts, assign roles, disable accounts, reset passwords",
  "home.shortcut.audit": "Audit log",
  "home.shortcut.auditText": "Trace every sign-in and every change to accounts and units",
  "home.shortcut.incidents": "Incident board",
  "home.shortcut.incidentsText": "Open incidents, most severe and most overdue first",
  "home.shortcut.counterException": "Register a counter exception",
  "home.shortcut.counterExceptionText": "Under a minute; your supervisor is asked to verify at once",
  "home.shortcut.complaint": "Register a complaint",
  "home.shortcut.complaintText": "The 15-day deadline is computed for you",
  "home.shortcut.compliance": "Compliance check",
  "home.shortcut.complianceText": "Check marketing copy and replies before they go out",
  "home.shortcut.scripts": "Scripts and practice",
  "home.shortcut.scriptsText": "What to say in common situations, and practise it",
  "home.shortcut.password": "Change password",
  "home.shortcut.passwordText": "Change your password regularly to protect your account",

  "duty.administrator":
    "Keeps the platform set up: maintains the tree from head office to outlets, opens accounts, assigns roles, lifts lock-outs and resets passwords.",
  "duty.auditor":
    "Reads every record of the units in scope without changing them, and checks each sign-in and each change in the audit log.",
  "duty.cp_officer":
    "Leads the handling of customer complaints, reviews marketing material and service scripts, and compiles consumer-protection statistics.",
  "duty.manager":
    "Receives the events outlets report and escalate, approves deadline extensions, and keeps an overview of the outlets below.",
  "duty.outlet_head":
    "Commands the response at the outlet: decides what to do, verifies counter exceptions, and escalates to the sub-branch when needed.",
  "duty.lobby_manager":
    "First responder in the lobby: guides and calms customers, reports at once, and takes a customer to a quiet room when needed.",
  "duty.teller":
    "Reports exceptions and emergencies seen at the counter straight away; someone else verifies what you report.",
  "duty.wealth_manager":
    "Takes part in complaints about wealth-product returns and about whether a product was suitable for the customer.",
  "duty.security_guard":
    "Keeps people safe and the premises orderly during an emergency, under the outlet head.",

  "kind.label": "Unit kind",

  "org.title": "Organisation",
  "org.subtitle": "Head office → branch → sub-branch → outlet",
  "org.name": "Name",
  "org.code": "Code",
  "org.kind": "Kind",
  "org.dutyPhone": "Duty phone",
  "org.parent": "Parent unit",
  "org.addChild": "Add {kind}",
  "org.move": "Move",
  "org.createTitle": "Add a {kind} under {parent}",
  "org.editTitle": "Edit unit: {name}",
  "org.moveTitle": "Move unit: {name}",
  "org.moveHint": "It can only sit under a {kind}; the units and people below it move along.",
  "org.codeHint": "2–20 capital letters, digits, '-' or '_'; cannot be changed later",
  "org.nameRequired": "Enter the unit's name",
  "org.codeRequired": "Enter the unit's code",
  "org.parentRequired": "Choose the parent unit",
  "org.created": "Unit created",
  "org.moved": "Unit moved",
  "org.empty": "No units",
  "org.readOnly": "You can view the tree; ask an administrator for changes.",

  "users.title": "Users",
  "users.subtitle": "People in your unit and the units below it",
  "users.username": "Username",
  "users.displayName": "Name",
  "users.mobilePhone": "Mobile phone",
  "users.email": "E-mail",
  "users.emailHelp": "E-mail notices follow the person's own notification settings",
  "users.mobilePhoneHelp": "The incident room's call buttons dial it; a landline with area code also works",
  "users.role": "Role",
  "users.unit": "Unit",
  "users.status": "Status",
  "users.createdAt": "Created",
  "users.searchPlaceholder": "Search username or name",
  "users.allRoles": "All roles",
  "users.allUnits": "All units",
  "users.status.active": "Active",
  "users.status.disabled": "Disabled",
  "users.status.locked": "Locked until {time}",
  "users.create": "Add user",
  "users.createTitle": "Add user",
  "users.editTitle": "Edit user: {name}",
  "users.initialPassword": "Initial password",
  "users.usernameHint": "3–40 lower-case letters, digits, '.', '_' or '-'; cannot be changed later",
  "users.unitHint": "This role can only be attached to: {kinds}",
  "users.usernameRequired": "Enter a username",
  "users.displayNameRequired": "Enter the person's name",
  "users.roleRequired": "Choose a role",
  "users.unitRequired": "Choose a unit",
  "users.created": "User {username} created",
  "users.disable": "Disable",
  "users.enable": "Enable",
  "users.disableConfirm": "Disable the account of {name}? All their sessions end at once.",
  "users.enableConfirm": "Enable the account of {name}?",
  "users.disabled": "Account disabled",
  "users.enabled": "Account enabled",
  "users.resetPassword": "Reset password",
  "users.resetTitle": "Reset password: {name}",
  "users.resetHint":
    "All sessions of this user end and any lock-out is lifted. Pass the new password on through a safe channel.",
  "users.resetDone": "Password reset",
  "users.empty": "No users match",
  "users.emptyHint": "Change the search words or the filters",

  ...auditEn,
  ...counterExceptionsEn,
  ...incidentsEn,
  ...complaintsEn,
  ...calendarEn,
  ...complianceEn,
  ...scriptsEn,
  ...casesEn,
  ...improvementsEn,
  ...warningsEn,
  ...watchEn,
  ...inspectionsEn,
  ...campaignsEn,
  ...selfEvaluationsEn,
  ...linksEn,
  ...trainingEn,
  ...assessmentEn,
  ...accountabilityEn,
  ...opinionEn,
  ...outboxEn,
  ...rosterEn,
  ...knowhowEn,
};
