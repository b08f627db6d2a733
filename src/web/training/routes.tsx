import { IdcardOutlined, ReadOutlined, SmileOutlined } from "@ant-design/icons";
import { lazy } from "react";
import type { PageRoute } from "../app/page-route.ts";

export const trainingRoutes: PageRoute[] = [
  {
    path: "/training",
    page: lazy(() => import("./TrainingPage.tsx").then((m) => ({ default: m.TrainingPage }))),
    permission: "training.read",
    menu: { label: "nav.training", icon: <ReadOutlined />, order: 70 },
  },
  {
    path: "/training/record",
    page: lazy(() => import("./RecordPage.tsx").then((m) => ({ default: m.RecordPage }))),
    permission: "training.read",
    menu: { label: "nav.trainingRecord", icon: <IdcardOutlined />, order: 71 },
  },
  {
    path: "/training/disc",
    page: lazy(() => import("./DiscPage.tsx").then((m) => ({ default: m.DiscPage }))),
    permission: "training.read",
    menu: { label: "nav.disc", icon: <SmileOutlined />, order: 72 },
  },
  {
    path: "/training/sign-in",
    page: lazy(() => import("./SignInPage.tsx").then((m) => ({ default: m.SignInPage }))),
    permission: "training.read",
  },
  {
    path: "/training/sessions/:id",
    page: lazy(() => import("./SessionPage.tsx").then((m) => ({ default: m.SessionPage }))),
    permission: "training.read",
  },
  {
    path: "/training/quizzes/:id",
    page: lazy(() => import("./QuizPage.tsx").then((m) => ({ default: m.QuizPage }))),
    permission: "training.read",
  },
];
