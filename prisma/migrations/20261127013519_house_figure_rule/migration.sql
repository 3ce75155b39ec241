-- CreateEnum
CREATE TYPE "HouseFigureRule" AS ENUM ('CONSERVATIVE', 'RANGE', 'LATEST_OFFICIAL');

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "houseFigureRule" "HouseFigureRule" NOT NULL DEFAULT 'CONSERVATIVE';
