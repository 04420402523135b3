import ConfettiCLI

ConfettiCommand.mainAndExit()
